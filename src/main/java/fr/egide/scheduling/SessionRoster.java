package fr.egide.scheduling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who holds a seat in a session, who waits (in order) and who attended: one document per
 * session, saved with optimistic locking, so two registrations for the last seat cannot both
 * get it (the second one retries and finds the session full).
 */
@Document("session_rosters")
class SessionRoster {

	@Id
	private String id;

	@Version
	private Long version;

	private int capacity;

	private List<Place> seated = new ArrayList<>();

	private List<Place> waiting = new ArrayList<>();

	private Set<String> attended = new LinkedHashSet<>();

	/** A registered member, with their pole (so each pole admin sees only their own members). */
	record Place(String memberId, String poleId, Instant registeredAt) {
	}

	/** Where a member stands: seated, waiting at a position (1 = next), or not registered. */
	record Standing(boolean seated, int waitingPosition) {

		static final Standing NONE = new Standing(false, 0);

		public boolean registered() {
			return this.seated || this.waitingPosition > 0;
		}

	}

	SessionRoster() {
	}

	SessionRoster(String sessionId, int capacity) {
		this.id = sessionId;
		this.capacity = capacity;
	}

	/** Seats the member if a seat is free, else puts them at the end of the waiting list. */
	Standing register(String memberId, String poleId, Instant now) {
		Standing current = standingOf(memberId);
		if (current.registered()) {
			return current;
		}
		Place place = new Place(memberId, poleId, now);
		if (this.seated.size() < this.capacity) {
			this.seated.add(place);
		}
		else {
			this.waiting.add(place);
		}
		return standingOf(memberId);
	}

	/**
	 * Removes the member; a freed seat goes to the first in line, whom it returns. Attendance
	 * already taken stays.
	 */
	Optional<Place> cancel(String memberId) {
		boolean freed = this.seated.removeIf(place -> place.memberId().equals(memberId));
		this.waiting.removeIf(place -> place.memberId().equals(memberId));
		return freed ? promote().stream().findFirst() : Optional.empty();
	}

	/** A new capacity: more seats go to those waiting (returned); fewer never unseat anyone. */
	List<Place> resize(int capacity) {
		this.capacity = capacity;
		return promote();
	}

	private List<Place> promote() {
		List<Place> promoted = new ArrayList<>();
		while (this.seated.size() < this.capacity && !this.waiting.isEmpty()) {
			Place next = this.waiting.remove(0);
			this.seated.add(next);
			promoted.add(next);
		}
		return promoted;
	}

	void markAttendance(Set<String> present) {
		this.seated.stream().map(Place::memberId).filter(present::contains).forEach(this.attended::add);
		this.attended.removeIf(memberId -> !present.contains(memberId));
	}

	Standing standingOf(String memberId) {
		if (this.seated.stream().anyMatch(place -> place.memberId().equals(memberId))) {
			return new Standing(true, 0);
		}
		for (int i = 0; i < this.waiting.size(); i++) {
			if (this.waiting.get(i).memberId().equals(memberId)) {
				return new Standing(false, i + 1);
			}
		}
		return Standing.NONE;
	}

	String id() {
		return this.id;
	}

	int capacity() {
		return this.capacity;
	}

	List<Place> seated() {
		return List.copyOf(this.seated);
	}

	List<Place> waiting() {
		return List.copyOf(this.waiting);
	}

	Set<String> attended() {
		return Set.copyOf(this.attended);
	}

	int freeSeats() {
		return Math.max(0, this.capacity - this.seated.size());
	}

}
