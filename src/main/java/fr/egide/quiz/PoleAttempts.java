package fr.egide.quiz;

import java.time.Instant;
import java.util.function.Consumer;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Reads a pole's attempts through a cursor, a batch at a time, with only the fields an export
 * shows. Unsorted on purpose: a sort makes the embedded store hold every matching attempt whole
 * in memory (it has no secondary index), which ran a 512 MB server out of heap at 88,000 attempts.
 */
@Service
public class PoleAttempts {

	static final int BATCH = 1000;

	private final MongoTemplate mongo;

	PoleAttempts(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Every attempt of the pole (of one organisation when {@code organisationId} is set) submitted in
	 * {@code [from, to)}, either bound may be null, in storage order.
	 */
	public void forEachAttempt(String poleId, String organisationId, Instant from, Instant to,
			Consumer<SubmittedAttempt> action) {
		Criteria criteria = Criteria.where("poleId").is(poleId);
		if (organisationId != null) {
			criteria.and("organisationId").is(organisationId);
		}
		if (from != null || to != null) {
			Criteria submitted = criteria.and("submittedAt");
			if (from != null) {
				submitted.gte(from);
			}
			if (to != null) {
				submitted.lt(to);
			}
		}
		Query query = Query.query(criteria).cursorBatchSize(BATCH);
		query.fields().include("memberId", "organisationId", "moduleId", "moduleVersion", "score", "passMark", "passed",
				"submittedAt");
		try (var attempts = this.mongo.stream(query, Attempt.class)) {
			attempts.map(a -> new SubmittedAttempt(a.id(), a.memberId(), a.organisationId(), a.moduleId(),
					a.moduleVersion(), a.score(), a.passMark(), a.passed(), a.submittedAt()))
				.forEach(action);
		}
	}

}
