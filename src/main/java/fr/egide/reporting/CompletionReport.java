package fr.egide.reporting;

import java.util.List;
import java.util.Map;

import fr.egide.directory.MemberAccount;
import fr.egide.directory.PoleMembers;
import fr.egide.learning.LearningProgress;
import fr.egide.learning.ModuleProgressView;

import org.springframework.stereotype.Service;

/** The member-by-module table of a pole, one page of members at a time. */
@Service
class CompletionReport {

	static final int PAGE_SIZE = 50;

	private final PoleMembers members;

	private final LearningProgress progress;

	CompletionReport(PoleMembers members, LearningProgress progress) {
		this.members = members;
		this.progress = progress;
	}

	/** One member and their standing on each module. */
	record MemberRow(MemberAccount member, Map<String, ModuleProgressView> modules) {
	}

	/** A page of rows, where it stands in the list, and how many members the list holds. */
	record MemberRows(List<MemberRow> rows, int page, int total, boolean hasNext) {

		public int lastPage() {
			return Math.max(0, (this.total - 1) / PAGE_SIZE);
		}

	}

	MemberRows members(String poleId, String organisationId, int page) {
		var found = this.members.page(poleId, organisationId, page, PAGE_SIZE);
		var standing = this.progress.forMembers(found.members().stream().map(MemberAccount::id).toList());
		var rows = found.members().stream().map(member -> new MemberRow(member, standing.get(member.id()))).toList();
		return new MemberRows(rows, found.page(), found.total(), found.hasNext());
	}

}
