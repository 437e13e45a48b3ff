package fr.egide.onboarding;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One published version of a pole's confidentiality charter; versions are never edited. */
@Document("charters")
@CompoundIndex(name = "pole_version", def = "{'poleId': 1, 'version': -1}", unique = true)
record Charter(@Id String id, String poleId, int version, String markdown, Instant publishedAt,
		String publishedBy) {

	/** The publication day as a French reader dates it. */
	public java.time.LocalDate publishedOn() {
		return this.publishedAt.atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate();
	}

}
