package fr.egide.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Proof that a member passed every module of a course, issued once per member and course. The
 * snapshot keeps what the document said, so it reads the same after names or modules change.
 */
@Document("attestations")
record Attestation(@Id String id, @Indexed(unique = true) String code, String memberId, String poleId,
		String courseId, Instant issuedAt, Snapshot snapshot) {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static String idOf(String memberId, String courseId) {
		return memberId + "/" + courseId;
	}

	public LocalDate issuedOn() {
		return LocalDate.ofInstant(this.issuedAt, PARIS);
	}

	/** Who passed what, as it stood on the day of issue. */
	record Snapshot(String memberName, String organisationName, String poleName, String courseTitle,
			List<ModuleResult> modules) {
	}

	/** One passed module: its title and version, the best score and the day it was passed. */
	record ModuleResult(String title, int version, int bestScore, Instant passedAt) {

		public LocalDate passedOn() {
			return this.passedAt == null ? null : LocalDate.ofInstant(this.passedAt, PARIS);
		}

	}

}
