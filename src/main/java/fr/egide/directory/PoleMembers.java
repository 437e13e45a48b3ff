package fr.egide.directory;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;

import fr.egide.system.KeyLookups;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * A pole's members in name order, a page at a time. The order (ids only, about 100 bytes a
 * member) is built by one unsorted read and kept in memory until the pole's roster version
 * changes; a page then costs a look-up of fifty ids, on MongoDB and on the embedded store
 * alike (which has no secondary index and would otherwise sort the whole pole per page).
 */
@Service
public class PoleMembers {

	public static final int PAGE_SIZE = 500;

	private final MongoTemplate mongo;

	private final MemberRepository members;

	private final RosterVersions versions;

	private final Map<String, Roster> rosters = new ConcurrentHashMap<>();

	PoleMembers(MongoTemplate mongo, MemberRepository members, RosterVersions versions) {
		this.mongo = mongo;
		this.members = members;
		this.versions = versions;
	}

	/** One page of a pole's members (of one organisation when {@code organisationId} is set). */
	public record MemberPage(List<MemberAccount> members, int page, int total, boolean hasNext) {
	}

	public MemberPage page(String poleId, String organisationId, int page, int size) {
		List<String> ids = roster(poleId).ids(organisationId);
		int from = (int) Math.min((long) Math.max(0, page) * size, ids.size());
		int to = Math.min(from + size, ids.size());
		return new MemberPage(inOrder(ids.subList(from, to)), Math.max(0, page), ids.size(), to < ids.size());
	}

	/** The ids of a pole's members (of one organisation when {@code organisationId} is set), in name order. */
	public List<String> ids(String poleId, String organisationId) {
		return List.copyOf(roster(poleId).ids(organisationId));
	}

	/** Several members at once by id, looked up by key (erased members included, unknown ids absent). */
	public Map<String, MemberAccount> byId(Collection<String> ids) {
		Map<String, MemberAccount> accounts = new HashMap<>();
		KeyLookups.findAll(ids, this.members::findAllById).forEach(member -> accounts.put(member.id(), member.toAccount()));
		return accounts;
	}

	/** For writers that bypass {@link Directory} (bulk seeding): the pole's member list has changed. */
	public void changed(String poleId) {
		this.versions.bump(poleId);
	}

	private List<MemberAccount> inOrder(List<String> ids) {
		Map<String, MemberAccount> found = byId(ids);
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	private Roster roster(String poleId) {
		long version = this.versions.current(poleId);
		Roster held = this.rosters.get(poleId);
		if (held != null && held.version() == version) {
			return held;
		}
		Roster built = build(poleId, version);
		this.rosters.put(poleId, built);
		return built;
	}

	/** Reads only id, name and organisation of the pole's members, then sorts them as a French reader expects. */
	private Roster build(String poleId, long version) {
		Query query = Query.query(Criteria.where("poleId").is(poleId));
		query.fields().include("displayName", "organisationId");
		record Named(String id, String name, String organisationId) {
		}
		List<Named> named = new ArrayList<>();
		Map<String, String> organisations = new HashMap<>();
		try (var stream = this.mongo.stream(query.cursorBatchSize(PAGE_SIZE), Document.class, "members")) {
			stream.forEach(doc -> {
				String organisation = doc.getString("organisationId");
				named.add(new Named(doc.getString("_id"), String.valueOf(doc.getString("displayName")),
						organisation == null ? null : organisations.computeIfAbsent(organisation, o -> o)));
			});
		}
		Collator collator = Collator.getInstance(Locale.FRENCH);
		collator.setStrength(Collator.SECONDARY);
		named.sort(Comparator.comparing(Named::name, collator).thenComparing(Named::id));
		String[] ids = new String[named.size()];
		String[] organisationOf = new String[named.size()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = named.get(i).id();
			organisationOf[i] = named.get(i).organisationId();
		}
		return new Roster(version, ids, organisationOf);
	}

	/** The sorted ids of one pole's members and the organisation of each, as of one roster version. */
	private record Roster(long version, String[] ids, String[] organisationOf) {

		List<String> ids(String organisationId) {
			if (organisationId == null) {
				return java.util.Arrays.asList(this.ids);
			}
			List<String> kept = new ArrayList<>();
			for (int i = 0; i < this.ids.length; i++) {
				if (organisationId.equals(this.organisationOf[i])) {
					kept.add(this.ids[i]);
				}
			}
			return kept;
		}

	}

}
