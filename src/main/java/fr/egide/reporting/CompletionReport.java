package fr.egide.reporting;

import java.util.List;
import java.util.Map;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.learning.LearningProgress;
import fr.egide.learning.ModuleProgressView;

import org.springframework.stereotype.Service;

/** The member-by-module table of a pole, one page of members at a time. */
@Service
class CompletionReport {

	static final int PAGE_SIZE = 50;

	private final Directory directory;

	private final LearningProgress progress;

	CompletionReport(Directory directory, LearningProgress progress) {
		this.directory = directory;
		this.progress = progress;
	}

	/** One member and their standing on each module. */
	record MemberRow(MemberAccount member, Map<String, ModuleProgressView> modules) {
	}

	List<MemberRow> members(String poleId, int page) {
		List<MemberAccount> members = this.directory.members(poleId, Math.max(0, page), PAGE_SIZE);
		var standing = this.progress.forMembers(members.stream().map(MemberAccount::id).toList());
		return members.stream().map(member -> new MemberRow(member, standing.get(member.id()))).toList();
	}

}
