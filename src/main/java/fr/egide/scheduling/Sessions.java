package fr.egide.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.learning.LearningProgress;
import fr.egide.quiz.Learner;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Sessions and their rosters: registration with a waiting list promoted in order, changes and
 * cancellations (each one mailed and bumping the calendar sequence), and attendance, which
 * records the linked modules in the members' progress.
 */
@Service
class Sessions {

	private static final int MAX_TRIES = 20;

	private final SessionRepository sessions;

	private final RosterRepository rosters;

	private final Directory directory;

	private final LearningProgress progress;

	private final SessionMail mail;

	private final Clock clock;

	Sessions(SessionRepository sessions, RosterRepository rosters, Directory directory, LearningProgress progress,
			SessionMail mail, Clock clock) {
		this.sessions = sessions;
		this.rosters = rosters;
		this.directory = directory;
		this.progress = progress;
		this.mail = mail;
		this.clock = clock;
	}

	/** What a registration ended in. */
	enum Registration {

		SEATED, WAITING, CLOSED

	}

	TrainingSession create(String speakerId, SessionDetails details) {
		Instant now = this.clock.instant();
		String id = UUID.randomUUID().toString();
		this.rosters.insert(new SessionRoster(id, details.capacity()));
		return this.sessions.insert(new TrainingSession(id, speakerId, details.poleIds(), details.title(),
				details.summary(), details.format(), details.address(), details.room(), details.link(),
				details.startsAt(), details.endsAt(), details.capacity(), details.eventId(),
				details.cohortOrganisationId(), details.courseId(), details.moduleIds(), details.qcmRequired(), false, 0,
				now, now));
	}

	Optional<TrainingSession> find(String id) {
		return this.sessions.findById(id);
	}

	SessionRoster roster(String sessionId) {
		return this.rosters.findById(sessionId).orElseGet(() -> new SessionRoster(sessionId, 0));
	}

	/** Sessions given by this speaker, soonest first. */
	List<TrainingSession> bySpeaker(String speakerId) {
		return sorted(this.sessions.findBySpeakerId(speakerId));
	}

	/** Sessions open to a pole's members, soonest first. */
	List<TrainingSession> forPole(String poleId) {
		return sorted(this.sessions.findByPoleIdsContaining(poleId));
	}

	/** Saves new details; a larger capacity seats people waiting; everyone registered is told. */
	TrainingSession update(TrainingSession session, SessionDetails details) {
		TrainingSession saved = this.sessions.save(session.withDetails(details, this.clock.instant()));
		List<SessionRoster.Place> promoted = changeRoster(saved.id(), roster -> roster.resize(details.capacity()));
		promoted.forEach(place -> this.mail.promoted(saved, place.memberId()));
		everyone(saved).stream()
			.filter(memberId -> promoted.stream().noneMatch(place -> place.memberId().equals(memberId)))
			.forEach(memberId -> this.mail.updated(saved, memberId));
		return saved;
	}

	/** Cancels the session and tells everyone registered or waiting. */
	TrainingSession cancel(TrainingSession session) {
		if (session.cancelled()) {
			return session;
		}
		TrainingSession cancelled = this.sessions.save(session.cancel(this.clock.instant()));
		everyone(cancelled).forEach(memberId -> this.mail.cancelled(cancelled, memberId));
		return cancelled;
	}

	/**
	 * Registers the member: a seat while any is free, else the waiting list. Closed once the
	 * session started or was cancelled, or when it is not open to the member's pole.
	 */
	Registration register(TrainingSession session, MemberAccount member) {
		if (!open(session) || !session.poleIds().contains(member.poleId())) {
			return Registration.CLOSED;
		}
		SessionRoster.Standing[] standing = { null };
		changeRoster(session.id(), roster -> {
			standing[0] = roster.register(member.id(), member.poleId(), this.clock.instant());
			return List.of();
		});
		return standing[0].seated() ? Registration.SEATED : Registration.WAITING;
	}

	/** Withdraws the member; the first in line gets the seat and an e-mail. */
	void unregister(TrainingSession session, String memberId) {
		List<SessionRoster.Place> promoted = changeRoster(session.id(),
				roster -> roster.cancel(memberId).stream().toList());
		if (open(session)) {
			promoted.forEach(place -> this.mail.promoted(session, place.memberId()));
		}
	}

	/**
	 * Records who was present (among those seated). Each one newly present has the session's
	 * modules recorded in their progress: completed, or followed when a QCM is required.
	 */
	List<String> takeAttendance(TrainingSession session, Set<String> present) {
		Set<String> before = roster(session.id()).attended();
		changeRoster(session.id(), roster -> {
			roster.markAttendance(present);
			return List.of();
		});
		List<String> newlyPresent = roster(session.id()).attended().stream().filter(id -> !before.contains(id)).toList();
		Instant at = session.endsAt().isBefore(this.clock.instant()) ? session.endsAt() : this.clock.instant();
		for (String memberId : newlyPresent) {
			this.directory.member(memberId)
				.ifPresent(member -> this.progress.attended(new Learner(member.id(), member.poleId(),
						member.organisationId()), session.moduleIds(), session.id(), !session.qcmRequired(), at));
		}
		return newlyPresent;
	}

	/** Attendance can be taken from half an hour before the start. */
	boolean attendanceOpen(TrainingSession session) {
		return !this.clock.instant().isBefore(session.startsAt().minus(java.time.Duration.ofMinutes(30)));
	}

	Clock clock() {
		return this.clock;
	}

	Instant now() {
		return this.clock.instant();
	}

	boolean open(TrainingSession session) {
		return !session.cancelled() && session.startsAt().isAfter(this.clock.instant());
	}

	/** The speaker's other sessions (not cancelled), for clash checks. */
	List<TrainingSession> othersOf(String speakerId, String exceptId) {
		return this.sessions.findBySpeakerId(speakerId)
			.stream()
			.filter(session -> !session.cancelled() && !session.id().equals(exceptId))
			.toList();
	}

	private List<String> everyone(TrainingSession session) {
		SessionRoster roster = roster(session.id());
		List<String> ids = new ArrayList<>();
		roster.seated().forEach(place -> ids.add(place.memberId()));
		roster.waiting().forEach(place -> ids.add(place.memberId()));
		return ids;
	}

	/** Loads, changes and saves the roster, again from a fresh copy when someone else saved first. */
	private List<SessionRoster.Place> changeRoster(String sessionId,
			Function<SessionRoster, List<SessionRoster.Place>> change) {
		for (int attempt = 1;; attempt++) {
			SessionRoster roster = this.rosters.findById(sessionId).orElseThrow();
			List<SessionRoster.Place> result = change.apply(roster);
			try {
				this.rosters.save(roster);
				return result;
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt >= MAX_TRIES) {
					throw ex;
				}
			}
		}
	}

	private static List<TrainingSession> sorted(List<TrainingSession> sessions) {
		return sessions.stream().sorted(Comparator.comparing(TrainingSession::startsAt)).toList();
	}

}
