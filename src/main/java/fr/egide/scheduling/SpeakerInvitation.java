package fr.egide.scheduling;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A pole invited a speaker (from any pole) to give sessions to its members. */
@Document("speaker_invitations")
record SpeakerInvitation(@Id String id, String poleId, String speakerId, Instant invitedAt, String invitedBy) {

	static String idOf(String poleId, String speakerId) {
		return poleId + "/" + speakerId;
	}

}
