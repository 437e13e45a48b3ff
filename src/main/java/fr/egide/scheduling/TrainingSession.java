package fr.egide.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An awareness session given by a speaker to one or more poles, in person or online, maybe
 * before an event ({@code eventId}) or for an onboarding cohort ({@code cohortOrganisationId}),
 * on a course's modules. Attendance completes those modules, or with {@code qcmRequired}
 * counts as having followed them (the member then passes their QCM). {@code sequence} grows with
 * each change, so calendars replace the old version.
 */
@Document("sessions")
record TrainingSession(@Id String id, String speakerId, Set<String> poleIds, String title, String summary,
		SessionFormat format, String address, String room, String link, Instant startsAt, Instant endsAt,
		int capacity, String eventId, String cohortOrganisationId, String courseId, List<String> moduleIds,
		boolean qcmRequired, boolean cancelled, int sequence, Instant createdAt, Instant updatedAt) {

	/** In a room, or through a video link. */
	enum SessionFormat {

		IN_PERSON, ONLINE

	}

	public boolean online() {
		return this.format == SessionFormat.ONLINE;
	}

	boolean overlaps(Instant start, Instant end) {
		return this.startsAt.isBefore(end) && start.isBefore(this.endsAt);
	}

	TrainingSession withDetails(SessionDetails details, Instant now) {
		return new TrainingSession(this.id, this.speakerId, details.poleIds(), details.title(), details.summary(),
				details.format(), details.address(), details.room(), details.link(), details.startsAt(),
				details.endsAt(), details.capacity(), details.eventId(), details.cohortOrganisationId(),
				details.courseId(), details.moduleIds(), details.qcmRequired(), this.cancelled, this.sequence + 1,
				this.createdAt, now);
	}

	TrainingSession cancel(Instant now) {
		return new TrainingSession(this.id, this.speakerId, this.poleIds, this.title, this.summary, this.format,
				this.address, this.room, this.link, this.startsAt, this.endsAt, this.capacity, this.eventId,
				this.cohortOrganisationId, this.courseId, this.moduleIds, this.qcmRequired, true, this.sequence + 1,
				this.createdAt, now);
	}

}
