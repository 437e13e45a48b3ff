package fr.egide.quiz;

import java.time.Instant;

/** One attempt of a pole's member without its answers: what an attempts export lists. */
public record SubmittedAttempt(String attemptId, String memberId, String organisationId, String moduleId,
		int moduleVersion, int score, int passMark, boolean passed, Instant submittedAt) {
}
