package fr.egide.mail;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One mail as recorded in the outbox. The text is {@code null} once the mail was sent: the
 * links it holds are secrets only the recipient should have.
 */
@Document("outbox")
record OutboxEntry(@Id String id, String to, String subject, String text, String poleId, String kind,
		@Indexed Instant createdAt, MailStatus status, String error) {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** When it was recorded, in the platform's time zone, for display. */
	public LocalDateTime createdOn() {
		return LocalDateTime.ofInstant(this.createdAt, PARIS);
	}

}
