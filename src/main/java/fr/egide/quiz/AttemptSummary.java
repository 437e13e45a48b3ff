package fr.egide.quiz;

import java.time.Instant;

/** One past attempt without its answers: what a member's data export and reports list. */
public record AttemptSummary(String attemptId, String moduleId, int moduleVersion, int score, int passMark,
		boolean passed, Instant submittedAt) {
}
