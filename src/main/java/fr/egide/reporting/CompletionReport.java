package fr.egide.reporting;

import java.util.List;
import java.util.Map;

import fr.egide.catalog.CourseCatalog;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.learning.LearningProgress;
import fr.egide.learning.ModuleProgressView;

import org.springframework.stereotype.Service;

/** Completion of a pole: per module from the counters, per member one page at a time. */
@Service
class CompletionReport {

	static final int PAGE_SIZE = 50;

	private final CourseCatalog catalog;

	private final Directory directory;

	private final LearningProgress progress;

	private final CompletionCounters counters;

	CompletionReport(CourseCatalog catalog, Directory directory, LearningProgress progress,
			CompletionCounters counters) {
		this.catalog = catalog;
		this.directory = directory;
		this.progress = progress;
		this.counters = counters;
	}

	/** One module's figures for a pole; every active member is assigned every module for now. */
	record ModuleCompletion(String moduleId, String title, long assigned, long started, long passed) {

		public int passedPercent() {
			return this.assigned == 0 ? 0 : (int) (100 * this.passed / this.assigned);
		}

	}

	/** One member and their standing on each module. */
	record MemberRow(MemberAccount member, Map<String, ModuleProgressView> modules) {
	}

	List<ModuleCompletion> modules(String poleId) {
		long assigned = this.directory.countActiveMembers(poleId);
		var counts = this.counters.forPole(poleId);
		return this.catalog.moduleIdsInOrder().stream().flatMap(id -> this.catalog.module(id).stream()).map(module -> {
			var count = counts.getOrDefault(module.id(), new CompletionCounters.Counts(0, 0));
			return new ModuleCompletion(module.id(), module.title(), assigned, count.started(), count.passed());
		}).toList();
	}

	List<MemberRow> members(String poleId, int page) {
		List<MemberAccount> members = this.directory.members(poleId, Math.max(0, page), PAGE_SIZE);
		var standing = this.progress.forMembers(members.stream().map(MemberAccount::id).toList());
		return members.stream().map(member -> new MemberRow(member, standing.get(member.id()))).toList();
	}

}
