package fr.egide.learning;

import java.time.Instant;

/**
 * A member's standing on a module moved (started, failed, passed…). Published after the
 * progress entry was saved, once per actual change, so read models can add and subtract.
 */
public record ModuleStatusChanged(String memberId, String poleId, String organisationId, String moduleId,
		ProgressStatus from, ProgressStatus to, Instant at) {
}
