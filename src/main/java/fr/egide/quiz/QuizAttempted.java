package fr.egide.quiz;

import java.time.Instant;

/**
 * A member's attempt was graded and stored. May be published again for the same attempt
 * when a client retries, so listeners must be idempotent on {@code attemptId}.
 */
public record QuizAttempted(String attemptId, String memberId, String poleId, String organisationId,
		String moduleId, int moduleVersion, int score, boolean passed, Instant submittedAt) {
}
