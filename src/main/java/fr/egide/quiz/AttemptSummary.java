package fr.egide.quiz;

import java.time.Instant;

/** One past attempt without its answers: what a member's data export and reports list. */
public record AttemptSummary(String attemptId, String moduleId, int moduleVersion, int score, int passMark,
		boolean passed, Instant submittedAt) {

	/** When it was submitted, as a French admin reads it. */
	public java.time.ZonedDateTime submittedAtParis() {
		return this.submittedAt.atZone(java.time.ZoneId.of("Europe/Paris"));
	}

}
