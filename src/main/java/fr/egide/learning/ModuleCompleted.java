package fr.egide.learning;

import java.time.Instant;

/** A member passed a module's QCM for the first time; the completion is stored. */
public record ModuleCompleted(String memberId, String poleId, String moduleId, int moduleVersion, int score,
		Instant completedAt) {
}
