package fr.egide.learning;

import java.time.Instant;
import java.util.Collection;
import java.util.function.Consumer;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Reads every progress entry once, in streams: what read models are rebuilt from. */
@Service
public class ProgressRecords {

	private final MongoTemplate mongo;

	ProgressRecords(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** One member's standing on one module, as stored. */
	public record Standing(String memberId, String poleId, String organisationId, String moduleId,
			ProgressStatus status, Instant completedAt) {
	}

	/**
	 * Calls {@code consumer} with every stored standing on the given modules, one module per query
	 * with only the fields a read model needs: the embedded store gathers a query's whole answer
	 * before sending it, and half a million entries at once did not fit in a 1 GB heap.
	 */
	public void forEach(Collection<String> moduleIds, Consumer<Standing> consumer) {
		for (String moduleId : moduleIds) {
			Query query = Query.query(Criteria.where("moduleId").is(moduleId)).cursorBatchSize(1000);
			query.fields()
				.include("memberId", "poleId", "organisationId", "passed", "expiredAt", "attemptIds", "completedAt")
				.exclude("_id");
			try (var stream = this.mongo.stream(query, Document.class, "progress")) {
				stream.forEach(entry -> consumer.accept(standing(entry, moduleId)));
			}
		}
	}

	/** The standing a progress entry states, for a writer that inserts entries itself (bulk seeding). */
	public static Standing standingOf(Document entry) {
		return standing(entry, entry.getString("moduleId"));
	}

	private static Standing standing(Document entry, String moduleId) {
		return new Standing(entry.getString("memberId"), entry.getString("poleId"), entry.getString("organisationId"),
				moduleId, status(entry), instant(entry.get("completedAt")));
	}

	private static ProgressStatus status(Document entry) {
		var attempts = entry.getList("attemptIds", Object.class);
		return ModuleProgress.statusOf(Boolean.TRUE.equals(entry.getBoolean("passed")), entry.get("expiredAt") != null,
				attempts != null && !attempts.isEmpty());
	}

	private static Instant instant(Object stored) {
		return stored instanceof java.util.Date date ? date.toInstant() : null;
	}

}
