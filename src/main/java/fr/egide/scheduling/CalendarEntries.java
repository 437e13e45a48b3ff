package fr.egide.scheduling;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.egide.directory.MemberAccount;
import fr.egide.directory.Role;
import fr.egide.learning.AssignmentView;
import fr.egide.learning.Assignments;

import org.springframework.stereotype.Component;

/** What a member's, a speaker's and a pole's calendars hold. */
@Component
class CalendarEntries {

	private final SessionRepository sessions;

	private final RosterRepository rosters;

	private final EventRepository events;

	private final Assignments assignments;

	CalendarEntries(SessionRepository sessions, RosterRepository rosters, EventRepository events,
			Assignments assignments) {
		this.sessions = sessions;
		this.rosters = rosters;
		this.events = events;
		this.assignments = assignments;
	}

	/** Sessions of the member's pole in which they hold a seat or wait for one. */
	List<TrainingSession> registeredSessions(MemberAccount member) {
		return sorted(this.sessions.findByPoleIdsContaining(member.poleId())
			.stream()
			.filter(session -> this.rosters.findById(session.id())
				.map(roster -> roster.standingOf(member.id()).registered())
				.orElse(false))
			.toList());
	}

	/** The sessions a speaker gives; none for someone without the speaker role. */
	List<TrainingSession> speakerSessions(MemberAccount member) {
		return member.has(Role.SPEAKER) ? sorted(this.sessions.findBySpeakerId(member.id())) : List.of();
	}

	/** Sessions open to the pole, and those the member gives elsewhere. */
	List<TrainingSession> visibleSessions(MemberAccount member) {
		Map<String, TrainingSession> all = new LinkedHashMap<>();
		this.sessions.findByPoleIdsContaining(member.poleId()).forEach(session -> all.put(session.id(), session));
		this.sessions.findBySpeakerId(member.id()).forEach(session -> all.put(session.id(), session));
		return sorted(List.copyOf(all.values()));
	}

	List<TrainingSession> poleSessions(String poleId) {
		return sorted(this.sessions.findByPoleIdsContaining(poleId));
	}

	List<PoleEvent> poleEvents(String poleId) {
		return this.events.findByPoleId(poleId)
			.stream()
			.sorted(Comparator.comparing(PoleEvent::startsOn))
			.toList();
	}

	/** The member's unfinished assignments that have a due date. */
	List<AssignmentView> dueDates(String memberId) {
		return this.assignments.forMember(memberId)
			.stream()
			.filter(view -> !view.done() && view.dueOn() != null)
			.toList();
	}

	private static List<TrainingSession> sorted(List<TrainingSession> sessions) {
		return sessions.stream().sorted(Comparator.comparing(TrainingSession::startsAt)).toList();
	}

}
