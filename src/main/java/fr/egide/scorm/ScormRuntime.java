package fr.egide.scorm;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.egide.learning.LearningProgress;
import fr.egide.quiz.Learner;
import fr.egide.security.EgideUser;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The server side of the SCORM run-time: what a SCO starts with (resumed when it was left
 * suspended), and the commits it sends, stored before the answer says so. A status the package
 * reports flows into Égide's tracking at once, as a result of the module.
 */
@Service
class ScormRuntime {

	private static final Logger log = LoggerFactory.getLogger(ScormRuntime.class);

	private final ScormAttemptRepository attempts;

	private final LearningProgress progress;

	private final Clock clock;

	ScormRuntime(ScormAttemptRepository attempts, LearningProgress progress, Clock clock) {
		this.attempts = attempts;
		this.progress = progress;
		this.clock = clock;
	}

	/** A commit as the run-time sends it. */
	record Commit(String version, Map<String, String> values, String exit, String sessionTime, boolean terminated,
			List<String> oversized) {
	}

	/** The data model a launch starts with. */
	Map<String, String> launchState(EgideUser user, ScormLibrary.Played played) {
		Optional<ScormAttempt> stored = this.attempts.findById(ScormAttempt.idOf(user.memberId(),
				played.sco().moduleId()));
		boolean v2004 = played.pack().is2004();
		Map<String, String> kept = stored.map(ScormAttempt::values).orElse(Map.of());
		boolean resume = stored.map(ScormAttempt::suspended).orElse(false);
		long total = stored.map(ScormAttempt::totalSeconds).orElse(0L);
		Map<String, String> state = new LinkedHashMap<>();
		if (resume) {
			state.putAll(kept);
		}
		else {
			// A new attempt keeps what the member achieved, not where they were.
			kept.forEach((name, value) -> {
				if (name.contains("status") || name.contains("score")) {
					state.put(name, value);
				}
			});
		}
		Integer mastery = played.sco().masteryScore();
		if (v2004) {
			state.put("cmi.learner_id", user.memberId());
			state.put("cmi.learner_name", user.displayName());
			state.put("cmi.entry", resume ? "resume" : "ab-initio");
			state.put("cmi.total_time", ScormTime.duration(total));
			state.putIfAbsent("cmi.completion_status", "unknown");
			state.putIfAbsent("cmi.success_status", "unknown");
			if (mastery != null) {
				state.put("cmi.scaled_passing_score", String.valueOf(mastery / 100.0));
			}
		}
		else {
			state.put("cmi.core.student_id", user.memberId());
			state.put("cmi.core.student_name", user.displayName());
			state.put("cmi.core.entry", resume ? "resume" : "ab-initio");
			state.put("cmi.core.total_time", ScormTime.timespan(total));
			state.put("cmi.core.credit", "credit");
			state.put("cmi.core.lesson_mode", "normal");
			state.putIfAbsent("cmi.core.lesson_status", "not attempted");
			if (mastery != null) {
				state.put("cmi.student_data.mastery_score", String.valueOf(mastery));
			}
		}
		return state;
	}

	/** Stores a commit; returns only once it is stored. Two tabs committing at once both end up stored, last wins. */
	void commit(EgideUser user, ScormLibrary.Played played, Commit commit) {
		String moduleId = played.sco().moduleId();
		if (commit.oversized() != null && !commit.oversized().isEmpty()) {
			log.warn("SCORM package {} stored oversized {} for member {} (kept whole)", played.pack().id(),
					commit.oversized(), user.memberId());
		}
		ScormAttempt saved = null;
		for (int tries = 0; saved == null; tries++) {
			ScormAttempt attempt = this.attempts.findById(ScormAttempt.idOf(user.memberId(), moduleId))
				.orElseGet(() -> new ScormAttempt(user.memberId(), user.poleId(), moduleId));
			attempt.commit(commit.values() == null ? Map.of() : commit.values(), commit.exit(),
					ScormTime.seconds(commit.sessionTime()), commit.terminated(),
					commit.oversized() == null ? List.of() : commit.oversized(), this.clock.instant());
			try {
				saved = this.attempts.save(attempt);
			}
			catch (OptimisticLockingFailureException ex) {
				if (tries == 5) {
					throw ex;
				}
			}
		}
		ScormAttempt stored = saved;
		ScormResult.of(stored.values(), played).ifPresent(result -> this.progress.externalResult(
				new Learner(user.memberId(), user.poleId(), user.organisationId()), moduleId,
				"scorm:" + stored.id() + ":" + stored.attempt() + ":" + result.passed(), result.score(), result.passed(),
				this.clock.instant()));
	}

}
