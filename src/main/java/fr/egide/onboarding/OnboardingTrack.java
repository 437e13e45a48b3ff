package fr.egide.onboarding;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Pole;
import fr.egide.learning.Assignments;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gives a newcomer the pole's onboarding courses, due N days after they joined. A pole that
 * chose no list gets the server's default ({@code egide.onboarding.default-courses}).
 */
@Component
class OnboardingTrack {

	static final String SOURCE = "onboarding";

	private final Directory directory;

	private final Assignments assignments;

	private final List<String> defaultCourses;

	OnboardingTrack(Directory directory, Assignments assignments,
			@Value("${egide.onboarding.default-courses:}") List<String> defaultCourses) {
		this.directory = directory;
		this.assignments = assignments;
		this.defaultCourses = defaultCourses.stream().filter(id -> !id.isBlank()).toList();
	}

	List<String> coursesOf(Pole pole) {
		return pole.hasOnboardingCourses() ? pole.onboardingCourseIds() : this.defaultCourses;
	}

	void start(MemberAccount member, java.time.Instant joinedAt) {
		Pole pole = this.directory.pole(member.poleId()).orElseThrow();
		LocalDate due = joinedAt.atZone(ZoneId.of("Europe/Paris")).toLocalDate().plusDays(pole.dueDays());
		coursesOf(pole).forEach(courseId -> this.assignments.assign(new Assignments.NewAssignment(member.id(),
				member.poleId(), member.organisationId(), courseId, due, SOURCE)));
	}

}
