package fr.egide.reporting;

import java.util.HashMap;
import java.util.Map;

import fr.egide.learning.ModuleCompleted;
import fr.egide.learning.ModuleStarted;

import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Counts, per pole and module, the members who started and who passed. Each event is
 * published once per member and module, when their progress entry is created or first
 * turns passed.
 */
@Component
class CompletionCounters {

	static final String COLLECTION = "completion_counters";

	private final MongoTemplate mongo;

	CompletionCounters(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Members of a pole who started and who passed a module. */
	record Counts(long started, long passed) {
	}

	@EventListener
	void on(ModuleStarted event) {
		increment(event.poleId(), event.moduleId(), "started");
	}

	@EventListener
	void on(ModuleCompleted event) {
		increment(event.poleId(), event.moduleId(), "passed");
	}

	Map<String, Counts> forPole(String poleId) {
		Map<String, Counts> counts = new HashMap<>();
		this.mongo.find(Query.query(Criteria.where("poleId").is(poleId)), org.bson.Document.class, COLLECTION)
			.forEach(doc -> counts.put(doc.getString("moduleId"),
					new Counts(number(doc.get("started")), number(doc.get("passed")))));
		return counts;
	}

	private void increment(String poleId, String moduleId, String field) {
		if (poleId == null) {
			return;
		}
		this.mongo.upsert(Query.query(Criteria.where("_id").is(poleId + ":" + moduleId)),
				new Update().setOnInsert("poleId", poleId).setOnInsert("moduleId", moduleId).inc(field, 1),
				COLLECTION);
	}

	private static long number(Object value) {
		return value instanceof Number number ? number.longValue() : 0;
	}

}
