package fr.egide.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.egide.scheduling.TrainingSession.SessionFormat;

/**
 * A session as typed in its form: times are Paris wall-clock times, turned into instants here
 * (so 10:00 stays 10:00 on both sides of a clock change).
 */
record SessionDetails(String title, String summary, SessionFormat format, String address, String room, String link,
		Instant startsAt, Instant endsAt, int capacity, Set<String> poleIds, String eventId,
		String cohortOrganisationId, String courseId, List<String> moduleIds, boolean qcmRequired) {

	static final int MAX_CAPACITY = 1000;

	/** The first problem as a message key, or empty when the session can be stored. */
	Optional<String> problem() {
		if (this.title.isBlank() || this.title.length() > 160) {
			return Optional.of("session.problem.title");
		}
		if (this.summary.length() > 4000) {
			return Optional.of("session.problem.summary");
		}
		if (this.format == null) {
			return Optional.of("session.problem.format");
		}
		if (this.format == SessionFormat.IN_PERSON && (this.address.isBlank() || this.address.length() > 300
				|| this.room.length() > 120)) {
			return Optional.of("session.problem.address");
		}
		if (this.format == SessionFormat.ONLINE && !EventDetails.webAddress(this.link)) {
			return Optional.of("session.problem.link");
		}
		if (this.startsAt == null || this.endsAt == null || !this.endsAt.isAfter(this.startsAt)
				|| Duration.between(this.startsAt, this.endsAt).toHours() > 12) {
			return Optional.of("session.problem.times");
		}
		if (this.capacity < 1 || this.capacity > MAX_CAPACITY) {
			return Optional.of("session.problem.capacity");
		}
		if (this.poleIds.isEmpty()) {
			return Optional.of("session.problem.poles");
		}
		return Optional.empty();
	}

	/** Paris wall-clock date and times to instants; null when a field does not parse. */
	static Instant at(String day, String time) {
		try {
			return LocalDateTime.of(LocalDate.parse(day.strip()), LocalTime.parse(time.strip()))
				.atZone(Campaigns.PARIS)
				.toInstant();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
