package fr.egide.scorm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member's run-time data for one SCO: every value the package set (kept as name/value pairs,
 * since element names hold dots), whether it was left suspended, and the time spent.
 */
@Document("scorm_attempts")
@org.springframework.data.mongodb.core.index.CompoundIndex(name = "id_revision", def = "{'_id': 1, 'revision': 1}", unique = true)
class ScormAttempt {

	/** One data-model element and its value. */
	record Value(String name, String value) {
	}

	@Id
	private String id;

	@Version
	private Long revision;

	private String memberId;

	private String poleId;

	private String moduleId;

	private List<Value> values = new ArrayList<>();

	private String exit = "";

	private boolean suspended;

	private boolean terminated;

	private long totalSeconds;

	private int attempt = 1;

	private int commits;

	private List<String> oversized = new ArrayList<>();

	private Instant updatedAt;

	ScormAttempt() {
	}

	ScormAttempt(String memberId, String poleId, String moduleId) {
		this.id = idOf(memberId, moduleId);
		this.memberId = memberId;
		this.poleId = poleId;
		this.moduleId = moduleId;
	}

	static String idOf(String memberId, String moduleId) {
		return memberId + ":" + moduleId;
	}

	/** Stores what the package committed; a finished session adds its time and says how it was left. */
	void commit(Map<String, String> committed, String exitValue, long sessionSeconds, boolean finished,
			List<String> oversizedElements, Instant at) {
		if (this.terminated) {
			// The previous session ended without "suspend": this is a new attempt.
			this.terminated = false;
			this.attempt++;
		}
		this.values = new ArrayList<>();
		committed.forEach((name, value) -> this.values.add(new Value(name, value)));
		this.exit = exitValue == null ? "" : exitValue;
		this.oversized = List.copyOf(oversizedElements);
		this.commits++;
		this.updatedAt = at;
		if (finished) {
			this.totalSeconds += Math.max(0, sessionSeconds);
			this.suspended = this.exit.equals("suspend");
			this.terminated = !this.suspended;
		}
	}

	Map<String, String> values() {
		Map<String, String> map = new LinkedHashMap<>();
		this.values.forEach(value -> map.put(value.name(), value.value()));
		return map;
	}

	String id() {
		return this.id;
	}

	boolean suspended() {
		return this.suspended;
	}

	boolean terminated() {
		return this.terminated;
	}

	long totalSeconds() {
		return this.totalSeconds;
	}

	int attempt() {
		return this.attempt;
	}

	List<String> oversized() {
		return this.oversized;
	}

}
