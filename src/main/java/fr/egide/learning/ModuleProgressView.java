package fr.egide.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import fr.egide.catalog.CourseModule;

/** A member's standing on one module, as pages, the API and reports show it. */
public record ModuleProgressView(String memberId, String moduleId, int moduleVersion, ProgressStatus status,
		List<Integer> sectionsRead, int lastSection, int sectionCount, long secondsSpent, int attempts,
		int bestScore, Instant startedAt, Instant completedAt, int currentVersion, boolean outdated) {

	static ModuleProgressView notStarted(String memberId, CourseModule module) {
		return new ModuleProgressView(memberId, module.id(), module.version(), ProgressStatus.NOT_STARTED, List.of(),
				0, module.sectionCount(), 0, 0, 0, null, null, module.version(), false);
	}

	/**
	 * @param current the module's current version
	 * @param required the oldest version whose completion still counts: a member who passed an
	 * older one is asked to take the module again
	 */
	static ModuleProgressView of(ModuleProgress progress, CourseModule current, int required) {
		return new ModuleProgressView(progress.memberId(), progress.moduleId(), progress.moduleVersion(),
				progress.status(), progress.sectionsRead().stream().sorted().toList(), progress.lastSection(),
				current.sectionCount(), progress.secondsSpent(), progress.attempts(), progress.bestScore(),
				progress.startedAt(), progress.completedAt(), current.version(),
				progress.status() == ProgressStatus.PASSED && progress.moduleVersion() < required);
	}

	/** Whether the member took another version than the current one. */
	public boolean otherVersion() {
		return this.status != ProgressStatus.NOT_STARTED && this.moduleVersion != this.currentVersion;
	}

	/** The day of completion as a French member reads it. */
	public LocalDate completedOn() {
		return this.completedAt == null ? null : LocalDate.ofInstant(this.completedAt, ZoneId.of("Europe/Paris"));
	}

	/** Share of the sections read, 0 to 100. */
	public int percentRead() {
		return this.sectionCount == 0 ? 0 : Math.min(100, 100 * this.sectionsRead.size() / this.sectionCount);
	}

}
