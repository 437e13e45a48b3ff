package fr.egide.quiz;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * A member's stored attempts, found by id. The member's progress records the id of each attempt
 * ({@link RecordedAttempts}), so a member's history and the count of attempts left are look-ups by
 * key, never a query on {@code memberId}, which the embedded store (no secondary index) answers by
 * reading every attempt of every member (29 s at 530,000 attempts). So an attempt is listed once
 * the progress records it: one whose progress update failed (its request answered with an error)
 * is listed when the client retries it, since a retry publishes the event again.
 */
@Component
class MemberAttempts {

	private final AttemptRepository attempts;

	private final RecordedAttempts recorded;

	MemberAttempts(AttemptRepository attempts, RecordedAttempts recorded) {
		this.attempts = attempts;
		this.recorded = recorded;
	}

	/** The member's attempts at the modules of the catalogue, oldest first. */
	List<Attempt> of(String memberId) {
		return byId(memberId, this.recorded.idsOf(memberId));
	}

	long count(String memberId, String moduleId, int moduleVersion) {
		return byId(memberId, this.recorded.idsOf(memberId, moduleId)).stream()
			.filter(a -> a.moduleId().equals(moduleId) && a.moduleVersion() == moduleVersion)
			.count();
	}

	private List<Attempt> byId(String memberId, Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		// an id that is not an attempt of this member (a SCORM result id) is not found, or filtered out
		return this.attempts.findAllById(ids)
			.stream()
			.filter(a -> a.memberId().equals(memberId))
			.sorted(Comparator.comparing(Attempt::submittedAt).thenComparing(Attempt::id))
			.toList();
	}

}
