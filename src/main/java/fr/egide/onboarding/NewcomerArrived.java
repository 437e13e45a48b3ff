package fr.egide.onboarding;

import java.time.Instant;
import java.util.List;

/**
 * A member of an admitted organisation accepted their invitation: they start the pole's
 * onboarding track ({@code courseIds}), due {@code dueDays} after {@code joinedAt}.
 */
public record NewcomerArrived(String memberId, String poleId, String organisationId, Instant joinedAt,
		List<String> courseIds, int dueDays) {
}
