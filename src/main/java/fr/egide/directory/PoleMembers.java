package fr.egide.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

/**
 * Walks a pole's members in name order, a page at a time, through one cursor: exports of a
 * hundred thousand members never hold them all, and never re-run a sorted query per page.
 */
@Service
public class PoleMembers {

	public static final int PAGE_SIZE = MemberRepository.CURSOR_BATCH;

	private final MemberRepository members;

	PoleMembers(MemberRepository members) {
		this.members = members;
	}

	/** Hands over the pole's members (of one organisation when {@code organisationId} is set) in pages. */
	public void forEachPage(String poleId, String organisationId, Consumer<List<MemberAccount>> page) {
		try (Stream<Member> stream = organisationId == null ? this.members.streamByPoleIdOrderByDisplayNameAscIdAsc(poleId)
				: this.members.streamByPoleIdAndOrganisationIdOrderByDisplayNameAscIdAsc(poleId, organisationId)) {
			List<MemberAccount> current = new ArrayList<>(PAGE_SIZE);
			stream.map(Member::toAccount).forEach(member -> {
				current.add(member);
				if (current.size() == PAGE_SIZE) {
					page.accept(List.copyOf(current));
					current.clear();
				}
			});
			if (!current.isEmpty()) {
				page.accept(List.copyOf(current));
			}
		}
	}

	/** Several members at once by id, looked up by key (erased members included, unknown ids absent). */
	public Map<String, MemberAccount> byId(Collection<String> ids) {
		Map<String, MemberAccount> accounts = new HashMap<>();
		this.members.findAllById(ids).forEach(member -> accounts.put(member.id(), member.toAccount()));
		return accounts;
	}

}
