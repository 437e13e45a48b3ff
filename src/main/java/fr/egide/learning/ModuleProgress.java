package fr.egide.learning;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.TreeSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One member's progress on one module, with the module version they took. Updated with
 * optimistic locking: two requests of the same member never lose each other's changes.
 */
@Document("progress")
@CompoundIndex(name = "member_module", def = "{'memberId': 1, 'moduleId': 1}", unique = true)
@CompoundIndex(name = "pole_module", def = "{'poleId': 1, 'moduleId': 1}")
// Optimistic saves match {_id, version}: the embedded store answers a query from an index only when the
// index has exactly the query's fields, and would otherwise scan every member's progress on each save.
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
class ModuleProgress {

	/** Time between two pages longer than this is not counted as reading. */
	static final Duration MAX_COUNTED_GAP = Duration.ofMinutes(10);

	/** A page shown again within this time changes nothing worth a write (see {@link #showsAgain}). */
	static final Duration RELOAD_WINDOW = Duration.ofMinutes(1);

	@Id
	private String id;

	@Version
	private Long version;

	private String memberId;

	private String poleId;

	private String organisationId;

	private String moduleId;

	private int moduleVersion;

	private Set<Integer> sectionsRead = new TreeSet<>();

	private int lastSection;

	private long secondsSpent;

	private Instant startedAt;

	private Instant lastSeenAt;

	private Set<String> attemptIds = new LinkedHashSet<>();

	/** Sessions the member attended on this module (attendance taken by the speaker). */
	private Set<String> attendedSessionIds = new LinkedHashSet<>();

	private int bestScore;

	private boolean passed;

	private Instant completedAt;

	/** When the last completion expired; cleared by the next pass. */
	private Instant expiredAt;

	ModuleProgress() {
	}

	ModuleProgress(String memberId, String poleId, String organisationId, String moduleId, int moduleVersion,
			Instant now) {
		this.id = idOf(memberId, moduleId);
		this.memberId = memberId;
		this.poleId = poleId;
		this.organisationId = organisationId;
		this.moduleId = moduleId;
		this.moduleVersion = moduleVersion;
		this.startedAt = now;
	}

	/**
	 * The stored id: every lookup of a member's progress goes by id, the one index the
	 * embedded store uses whatever the collection's size.
	 */
	static String idOf(String memberId, String moduleId) {
		return memberId + ":" + moduleId;
	}

	/** Reading time a page seen at {@code now} adds: the gap since the previous page, capped. */
	long secondsCountedUntil(Instant now) {
		if (this.lastSeenAt == null || !now.isAfter(this.lastSeenAt)) {
			return 0;
		}
		return Math.min(Duration.between(this.lastSeenAt, now).toSeconds(), MAX_COUNTED_GAP.toSeconds());
	}

	String id() {
		return this.id;
	}

	Instant lastSeenAt() {
		return this.lastSeenAt;
	}

	/**
	 * Whether showing this section now only repeats the last page read (a reload, a second tab): it
	 * is already recorded, and the time since {@code lastSeenAt} is counted by the next page.
	 */
	boolean showsAgain(int section, Instant now) {
		return this.lastSection == section && this.sectionsRead.contains(section) && this.lastSeenAt != null
				&& Duration.between(this.lastSeenAt, now).compareTo(RELOAD_WINDOW) < 0;
	}

	void read(int section, Instant now) {
		if (this.lastSeenAt != null && now.isAfter(this.lastSeenAt)) {
			Duration gap = Duration.between(this.lastSeenAt, now);
			this.secondsSpent += Math.min(gap.toSeconds(), MAX_COUNTED_GAP.toSeconds());
		}
		this.sectionsRead.add(section);
		this.lastSection = section;
		this.lastSeenAt = now;
	}

	/**
	 * Records an attempt once; true when it turns this module into a first completion. Passing a
	 * newer version than the one taken moves the completion to that version.
	 */
	boolean attempted(String attemptId, int attemptVersion, int score, boolean attemptPassed, Instant submittedAt) {
		if (!this.attemptIds.add(attemptId)) {
			return false;
		}
		this.bestScore = Math.max(this.bestScore, score);
		if (attemptPassed && attemptVersion > this.moduleVersion) {
			this.moduleVersion = attemptVersion;
			this.completedAt = this.passed ? submittedAt : this.completedAt;
		}
		else if (!this.passed && !attemptPassed && attemptVersion > this.moduleVersion) {
			this.moduleVersion = attemptVersion;
		}
		if (attemptPassed && !this.passed) {
			this.passed = true;
			this.completedAt = submittedAt;
			this.expiredAt = null;
			return true;
		}
		return false;
	}

	/**
	 * The member attended a session on this module: its content counts as read and, when the
	 * session asks no QCM, the module as passed. True when that is a first completion.
	 */
	boolean attended(String sessionId, int sectionCount, boolean completes, Instant at) {
		this.attendedSessionIds.add(sessionId);
		for (int section = 1; section <= sectionCount; section++) {
			this.sectionsRead.add(section);
		}
		this.lastSeenAt = at;
		if (completes && !this.passed) {
			this.passed = true;
			this.completedAt = at;
			this.expiredAt = null;
			return true;
		}
		return false;
	}

	/** Ends a completion that is too old; the member must pass the QCM again. */
	void expire(Instant now) {
		if (this.passed) {
			this.passed = false;
			this.expiredAt = now;
		}
	}

	ProgressStatus status() {
		return statusOf(this.passed, this.expiredAt != null, !this.attemptIds.isEmpty());
	}

	static ProgressStatus statusOf(boolean passed, boolean expired, boolean attempted) {
		if (passed) {
			return ProgressStatus.PASSED;
		}
		if (expired) {
			return ProgressStatus.EXPIRED;
		}
		return attempted ? ProgressStatus.FAILED : ProgressStatus.IN_PROGRESS;
	}

	Set<String> attendedSessionIds() {
		return this.attendedSessionIds == null ? Set.of() : this.attendedSessionIds;
	}

	String memberId() {
		return this.memberId;
	}

	String organisationId() {
		return this.organisationId;
	}

	String poleId() {
		return this.poleId;
	}

	String moduleId() {
		return this.moduleId;
	}

	int moduleVersion() {
		return this.moduleVersion;
	}

	Set<Integer> sectionsRead() {
		return this.sectionsRead;
	}

	int lastSection() {
		return this.lastSection;
	}

	long secondsSpent() {
		return this.secondsSpent;
	}

	Instant startedAt() {
		return this.startedAt;
	}

	int attempts() {
		return this.attemptIds.size();
	}

	Set<String> attemptIds() {
		return Collections.unmodifiableSet(this.attemptIds);
	}

	int bestScore() {
		return this.bestScore;
	}

	Instant completedAt() {
		return this.completedAt;
	}

	boolean isNew() {
		return this.version == null;
	}

}
