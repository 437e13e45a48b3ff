package fr.egide.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Reads a pole's attempts module by module, each module's oldest first, with only the fields an
 * export shows. One query per module keeps memory bounded: the embedded store (no secondary
 * index) gathers a query's whole answer before sending it, and a sorted query holds every
 * document whole, which ran a 512 MB server out of heap at 88,000 attempts.
 */
@Service
public class PoleAttempts {

	static final int BATCH = 1000;

	private final MongoTemplate mongo;

	PoleAttempts(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Every attempt of the pole on the given modules (of one organisation when {@code organisationId}
	 * is set) submitted in {@code [from, to)}, either bound may be null: module by module, oldest first.
	 */
	public void forEachAttempt(String poleId, List<String> moduleIds, String organisationId, Instant from, Instant to,
			Consumer<SubmittedAttempt> action) {
		for (String moduleId : moduleIds) {
			Criteria criteria = Criteria.where("poleId").is(poleId).and("moduleId").is(moduleId);
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
			query.fields().include("memberId", "organisationId", "moduleVersion", "score", "passMark", "passed",
					"submittedAt");
			List<SubmittedAttempt> module = new ArrayList<>();
			try (var attempts = this.mongo.stream(query, Attempt.class)) {
				attempts.forEach(a -> module.add(new SubmittedAttempt(a.id(), a.memberId(), a.organisationId(), moduleId,
						a.moduleVersion(), a.score(), a.passMark(), a.passed(), a.submittedAt())));
			}
			module.sort(Comparator.comparing(SubmittedAttempt::submittedAt).thenComparing(SubmittedAttempt::attemptId));
			module.forEach(action);
		}
	}

}
