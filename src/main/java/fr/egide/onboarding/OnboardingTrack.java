package fr.egide.onboarding;

import java.util.List;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Pole;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Gives a newcomer the pole's onboarding courses, due N days after they joined, through their
 * organisation's onboarding campaign. A pole that
 * chose no list gets the server's default ({@code egide.onboarding.default-courses}).
 */
@Component
class OnboardingTrack {

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final List<String> defaultCourses;

	OnboardingTrack(Directory directory, ApplicationEventPublisher events,
			@Value("${egide.onboarding.default-courses:}") List<String> defaultCourses) {
		this.directory = directory;
		this.events = events;
		this.defaultCourses = defaultCourses.stream().filter(id -> !id.isBlank()).toList();
	}

	List<String> coursesOf(Pole pole) {
		return pole.hasOnboardingCourses() ? pole.onboardingCourseIds() : this.defaultCourses;
	}

	/**
	 * Starts a newcomer's track: the scheduling module's onboarding campaign of their
	 * organisation assigns the courses (see {@link NewcomerArrived}).
	 */
	void start(MemberAccount member, java.time.Instant joinedAt) {
		Pole pole = this.directory.pole(member.poleId()).orElseThrow();
		this.events.publishEvent(new NewcomerArrived(member.id(), member.poleId(), member.organisationId(), joinedAt,
				coursesOf(pole), pole.dueDays()));
	}

}
