package fr.egide.learning;

import java.time.LocalDate;
import java.util.List;

/**
 * Expired completions of a pole were assigned again, as part of that month's refresher
 * campaign ({@code campaignId}), due on {@code dueOn}.
 */
public record CoursesRenewed(String poleId, String campaignId, List<String> courseIds, LocalDate renewedOn,
		LocalDate dueOn, int completionsExpired) {
}
