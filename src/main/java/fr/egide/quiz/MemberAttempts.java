package fr.egide.quiz;

import java.util.Comparator;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.egide.system.StoreRetention;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The ids of each member's attempts, under the member's id. A member's history and the count
 * of attempts left are then two look-ups by key instead of a query on {@code memberId}, which
 * the embedded store (no secondary index) answers by reading every attempt of every member.
 * The id is recorded before the attempt is stored, so the list never misses a stored attempt;
 * an id whose attempt was never stored is simply not found.
 */
@Component
class MemberAttempts {

	static final String COLLECTION = "attempts_by_member";

	private static final Logger log = LoggerFactory.getLogger(MemberAttempts.class);

	private final MongoTemplate mongo;

	private final AttemptRepository attempts;

	private final StoreRetention retention;

	MemberAttempts(MongoTemplate mongo, AttemptRepository attempts, StoreRetention retention) {
		this.mongo = mongo;
		this.retention = retention;
		this.attempts = attempts;
	}

	void record(String memberId, String attemptId) {
		this.mongo.upsert(Query.query(Criteria.where("_id").is(memberId)), new Update().addToSet("attemptIds", attemptId),
				COLLECTION);
	}

	/** The member's stored attempts, oldest first. */
	List<Attempt> of(String memberId) {
		Document found = this.mongo.findById(memberId, Document.class, COLLECTION);
		if (found == null) {
			return List.of();
		}
		List<String> ids = found.getList("attemptIds", String.class);
		return this.attempts.findAllById(ids)
			.stream()
			// an id recorded by a submission that turned out to be someone else's retry is not theirs
			.filter(attempt -> attempt.memberId().equals(memberId))
			.sorted(Comparator.comparing(Attempt::submittedAt).thenComparing(Attempt::id))
			.toList();
	}

	long count(String memberId, String moduleId, int moduleVersion) {
		return of(memberId).stream()
			.filter(a -> a.moduleId().equals(moduleId) && a.moduleVersion() == moduleVersion)
			.count();
	}

	/** Whether attempts exist that were stored before this list was kept (an upgrade, a restore). */
	boolean missing() {
		return this.mongo.findOne(new Query(), Document.class, COLLECTION) == null
				&& this.mongo.findOne(new Query(), Document.class, "attempts") != null;
	}

	/** Builds the lists from the stored attempts, one module per query with only the member's id read. */
	void rebuild() {
		this.retention.longRead(() -> {
			rebuildNow();
			return null;
		});
	}

	private void rebuildNow() {
		long start = System.nanoTime();
		List<String> moduleIds = this.mongo.findDistinct(new Query(), "moduleId", "attempts", String.class);
		java.util.Map<String, List<String>> byMember = new java.util.HashMap<>();
		for (String moduleId : moduleIds) {
			Query query = Query.query(Criteria.where("moduleId").is(moduleId)).cursorBatchSize(1000);
			query.fields().include("memberId");
			try (var stream = this.mongo.stream(query, Document.class, "attempts")) {
				stream.forEach(doc -> byMember.computeIfAbsent(doc.getString("memberId"), id -> new java.util.ArrayList<>(4))
					.add(doc.getString("_id")));
			}
		}
		this.mongo.remove(new Query(), COLLECTION);
		List<Document> batch = new java.util.ArrayList<>(1000);
		for (var entry : byMember.entrySet()) {
			batch.add(new Document("_id", entry.getKey()).append("attemptIds", entry.getValue()));
			if (batch.size() == 1000) {
				this.mongo.insert(batch, COLLECTION);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			this.mongo.insert(batch, COLLECTION);
		}
		log.info("Attempt lists rebuilt for {} members in {} ms", byMember.size(),
				(System.nanoTime() - start) / 1_000_000);
	}

}
