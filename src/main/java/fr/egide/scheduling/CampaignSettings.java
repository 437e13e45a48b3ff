package fr.egide.scheduling;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Defaults of generated trade-fair campaigns: the briefing courses, how many days before the
 * opening they are given ({@code leadDays}, D-30) and due ({@code dueDaysBefore}, D-3), and the
 * reminder days before the due date.
 */
@ConfigurationProperties("egide.campaigns")
record CampaignSettings(List<String> fairCourses, Integer leadDays, Integer dueDaysBefore,
		List<Integer> reminderDays) {

	CampaignSettings {
		fairCourses = fairCourses == null ? List.of("salons-deplacements") : List.copyOf(fairCourses);
		leadDays = leadDays == null ? 30 : leadDays;
		dueDaysBefore = dueDaysBefore == null ? 3 : dueDaysBefore;
		reminderDays = reminderDays == null ? List.of(7, 1) : List.copyOf(reminderDays);
	}

}
