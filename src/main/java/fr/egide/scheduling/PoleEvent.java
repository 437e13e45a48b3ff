package fr.egide.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A trade fair or other major event of a pole, with the organisations and members taking
 * part. {@code country} is an ISO 3166 code; anything but France counts as abroad.
 * {@code sequence} grows with each change, for calendar updates.
 */
@Document("events")
record PoleEvent(@Id String id, String poleId, String name, String place, String country, LocalDate startsOn,
		LocalDate endsOn, String website, Set<String> organisationIds, Set<String> memberIds, boolean cancelled,
		int sequence, Instant createdAt, Instant updatedAt) {

	static final String HOME_COUNTRY = "FR";

	public boolean abroad() {
		return !HOME_COUNTRY.equals(this.country);
	}

	/** Whether {@code day} falls within the event. */
	boolean covers(LocalDate day) {
		return !day.isBefore(this.startsOn) && !day.isAfter(this.endsOn);
	}

	PoleEvent withDetails(EventDetails details, Instant now) {
		return new PoleEvent(this.id, this.poleId, details.name(), details.place(), details.country(),
				details.startsOn(), details.endsOn(), details.website(), this.organisationIds, this.memberIds,
				this.cancelled, this.sequence + 1, this.createdAt, now);
	}

	PoleEvent withParticipants(Set<String> organisationIds, Set<String> memberIds, Instant now) {
		return new PoleEvent(this.id, this.poleId, this.name, this.place, this.country, this.startsOn, this.endsOn,
				this.website, Set.copyOf(organisationIds), Set.copyOf(memberIds), this.cancelled, this.sequence, this.createdAt,
				now);
	}

	PoleEvent cancel(Instant now) {
		return new PoleEvent(this.id, this.poleId, this.name, this.place, this.country, this.startsOn, this.endsOn,
				this.website, this.organisationIds, this.memberIds, true, this.sequence + 1, this.createdAt, now);
	}

}
