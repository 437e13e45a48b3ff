package fr.egide.onboarding;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A member's acknowledgement of one charter version, with when and from which address. */
@Document("charter_acknowledgements")
@CompoundIndex(name = "pole_version", def = "{'poleId': 1, 'version': 1, 'at': -1}")
record CharterAcknowledgement(@Id String id, String poleId, String memberId, int version, Instant at, String ip) {

	/** When it was acknowledged, in Paris time. */
	public java.time.ZonedDateTime atParis() {
		return this.at.atZone(java.time.ZoneId.of("Europe/Paris"));
	}

	static String idOf(String poleId, String memberId, int version) {
		return poleId + "/" + memberId + "/" + version;
	}

}
