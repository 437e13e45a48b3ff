package fr.egide.directory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.egide.system.ShortLived;

import org.springframework.stereotype.Service;

/**
 * Accounts a platform admin declared to be the same person in different poles. Each account
 * keeps its own pole, data and roles; the link only lets the person switch between them.
 */
@Service
public class AccountLinks {

	private final AccountLinkRepository links;

	private final MemberRepository members;

	/**
	 * Every page's menu asks for the member's other accounts; links change rarely, and a change made
	 * here clears this at once (another instance shows it within the lifetime).
	 */
	private final ShortLived<String, List<MemberAccount>> othersByMember = new ShortLived<>(Duration.ofSeconds(30),
			10_000);

	AccountLinks(AccountLinkRepository links, MemberRepository members) {
		this.links = links;
		this.members = members;
	}

	/** Why two accounts cannot be linked (a message key), or null when they can. */
	public String problem(MemberAccount first, MemberAccount second) {
		if (first.id().equals(second.id())) {
			return "links.same-account";
		}
		if (first.poleId() == null || second.poleId() == null || first.has(Role.PLATFORM_ADMIN)
				|| second.has(Role.PLATFORM_ADMIN)) {
			return "links.platform-account";
		}
		return first.poleId().equals(second.poleId()) ? "links.same-pole" : null;
	}

	/** Links two accounts, merging their groups when both were already linked to others. */
	public void link(MemberAccount first, MemberAccount second) {
		String group = this.links.findById(first.id())
			.or(() -> this.links.findById(second.id()))
			.map(AccountLink::groupId)
			.orElseGet(() -> UUID.randomUUID().toString());
		List<String> ids = new ArrayList<>();
		for (MemberAccount account : List.of(first, second)) {
			this.links.findById(account.id())
				.ifPresentOrElse(link -> this.links.findByGroupId(link.groupId()).forEach(l -> ids.add(l.memberId())),
						() -> ids.add(account.id()));
		}
		ids.stream().distinct().forEach(id -> this.links.save(new AccountLink(id, group)));
		this.othersByMember.clear();
	}

	public void unlink(String memberId) {
		this.links.deleteById(memberId);
		this.othersByMember.clear();
	}

	/** The other active accounts of the same person, in pole order of creation. */
	public List<MemberAccount> others(String memberId) {
		return this.links.findById(memberId)
			.map(link -> this.links.findByGroupId(link.groupId())
				.stream()
				.map(AccountLink::memberId)
				.filter(id -> !id.equals(memberId))
				.toList())
			.map(this::activeAccounts)
			.orElse(List.of());
	}

	/** {@link #others} as the page menu shows it: read again after 30 s or a change made here. */
	public List<MemberAccount> othersForMenu(String memberId) {
		return this.othersByMember.get(memberId, this::others);
	}

	/** Every group of linked accounts, for the platform admin's page. */
	public Collection<List<MemberAccount>> groups() {
		Map<String, List<String>> byGroup = new LinkedHashMap<>();
		this.links.findAll()
			.forEach(link -> byGroup.computeIfAbsent(link.groupId(), g -> new ArrayList<>()).add(link.memberId()));
		return byGroup.values()
			.stream()
			.map(ids -> this.members.findAllById(ids).stream().map(Member::toAccount).toList())
			.toList();
	}

	private List<MemberAccount> activeAccounts(List<String> ids) {
		return this.members.findAllById(ids).stream().map(Member::toAccount).filter(MemberAccount::active).toList();
	}

}
