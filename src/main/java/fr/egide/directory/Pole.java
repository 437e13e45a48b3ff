package fr.egide.directory;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A pôle de compétitivité: the unit whose data is isolated from every other. Its onboarding
 * settings say which courses newcomers get and how many days they have to finish them.
 */
@Document("poles")
public record Pole(@Id String id, @Indexed(unique = true) String name, Instant createdAt,
		List<String> onboardingCourseIds, Integer onboardingDueDays, Integer refresher) {

	public static final int DEFAULT_ONBOARDING_DAYS = 30;

	public static final int DEFAULT_REFRESHER_MONTHS = 12;

	public Pole {
		onboardingCourseIds = onboardingCourseIds == null ? null : List.copyOf(onboardingCourseIds);
	}

	/** Days a newcomer has to finish the onboarding courses, 30 unless the pole chose otherwise. */
	public int dueDays() {
		return this.onboardingDueDays == null ? DEFAULT_ONBOARDING_DAYS : this.onboardingDueDays;
	}

	/** Months after which a completion expires and the course is assigned again, 12 unless the pole chose otherwise. */
	public int refresherMonths() {
		return this.refresher == null ? DEFAULT_REFRESHER_MONTHS : this.refresher;
	}

	/** Whether the pole chose its onboarding courses; if not, the server's default list applies. */
	public boolean hasOnboardingCourses() {
		return this.onboardingCourseIds != null;
	}

	Pole withOnboarding(List<String> courseIds, int dueDays, int refresherMonths) {
		return new Pole(this.id, this.name, this.createdAt, courseIds, dueDays, refresherMonths);
	}

}
