package fr.egide.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import fr.egide.security.EgideUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Records admin actions and reads them back for the pole they concern. */
@Service
public class AuditLog {

	private final AuditEntryRepository entries;

	private final MongoTemplate mongo;

	private final Clock clock;

	AuditLog(AuditEntryRepository entries, MongoTemplate mongo, Clock clock) {
		this.entries = entries;
		this.mongo = mongo;
		this.clock = clock;
	}

	/** An action as an admin reads it: when (Paris time), who, what, on what, with a detail. */
	public record Entry(ZonedDateTime at, String actorName, String action, String targetId, String detail) {
	}

	/**
	 * Writes one entry. {@code action} is a short code such as {@code organisation.admitted}
	 * (shown translated); {@code detail} is free text naming the target for a human.
	 */
	public void record(EgideUser actor, String poleId, String action, String targetId, String detail) {
		this.entries.insert(new AuditEntry(UUID.randomUUID().toString(), poleId, Instant.now(this.clock),
				actor == null ? null : actor.memberId(), actor == null ? "Égide" : actor.displayName(), action,
				targetId, detail));
	}

	/** Blanks the detail of every entry of the pole that mentions {@code text} (an erased person's address). */
	public void redact(String poleId, String text) {
		this.mongo.updateMulti(
				Query.query(Criteria.where("poleId").is(poleId).and("detail").regex(Pattern.quote(text))),
				Update.update("detail", "[données supprimées]"), AuditEntry.class);
	}

	public List<Entry> recent(String poleId, int page, int size) {
		return this.entries.findByPoleIdOrderByAtDesc(poleId, PageRequest.of(page, size)).stream().map(this::view).toList();
	}

	public List<Entry> about(String poleId, String targetId, int limit) {
		return this.entries.findByPoleIdAndTargetIdOrderByAtDesc(poleId, targetId, PageRequest.of(0, limit))
			.stream()
			.map(this::view)
			.toList();
	}

	private Entry view(AuditEntry entry) {
		return new Entry(entry.at().atZone(ZoneId.of("Europe/Paris")), entry.actorName(), entry.action(),
				entry.targetId(), entry.detail());
	}

}
