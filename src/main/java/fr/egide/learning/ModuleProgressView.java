package fr.egide.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** A member's standing on one module, as pages, the API and reports show it. */
public record ModuleProgressView(String memberId, String moduleId, int moduleVersion, ProgressStatus status,
		List<Integer> sectionsRead, int lastSection, int sectionCount, long secondsSpent, int attempts,
		int bestScore, Instant startedAt, Instant completedAt) {

	static ModuleProgressView notStarted(String memberId, String moduleId, int moduleVersion, int sectionCount) {
		return new ModuleProgressView(memberId, moduleId, moduleVersion, ProgressStatus.NOT_STARTED, List.of(), 0,
				sectionCount, 0, 0, 0, null, null);
	}

	static ModuleProgressView of(ModuleProgress progress, int sectionCount) {
		return new ModuleProgressView(progress.memberId(), progress.moduleId(), progress.moduleVersion(),
				progress.status(), progress.sectionsRead().stream().sorted().toList(), progress.lastSection(), sectionCount,
				progress.secondsSpent(), progress.attempts(), progress.bestScore(), progress.startedAt(),
				progress.completedAt());
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
