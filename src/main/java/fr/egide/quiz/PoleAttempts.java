package fr.egide.quiz;

import java.time.Instant;
import java.util.function.Consumer;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Reads a pole's attempts oldest first through a cursor, a batch at a time, so that an export
 * of hundreds of thousands of attempts never holds them all.
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
	 * {@code [from, to)}, either bound may be null, oldest first.
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
		Query query = Query.query(criteria).with(Sort.by("submittedAt", "_id")).cursorBatchSize(BATCH);
		query.fields().exclude("answers", "outcomes");
		try (var attempts = this.mongo.stream(query, Attempt.class)) {
			attempts.map(a -> new SubmittedAttempt(a.id(), a.memberId(), a.organisationId(), a.moduleId(),
					a.moduleVersion(), a.score(), a.passMark(), a.passed(), a.submittedAt()))
				.forEach(action);
		}
	}

}
