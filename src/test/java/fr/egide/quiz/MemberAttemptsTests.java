package fr.egide.quiz;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.egide.EgideTest;
import fr.egide.MutableClock;
import fr.egide.TestMembers;
import fr.egide.directory.Directory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@EgideTest
class MemberAttemptsTests {

	private static final Map<String, List<String>> BETA_WRONG = Map.of("seul", List.of("false"), "autre",
			List.of("b"));

	@Autowired
	Directory directory;

	@Autowired
	QuizGrading grading;

	@Autowired
	RetiredAttemptLists retired;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@Test
	void historyIsEveryAttemptOldestFirstAndTheLimitCountsOnlyThisModule() {
		var learner = TestMembers.learner(TestMembers.member(this.directory, TestMembers.pole(this.directory)));
		var other = TestMembers.learner(TestMembers.member(this.directory, TestMembers.pole(this.directory)));
		UUID first = UUID.randomUUID();
		this.grading.submit(learner, "beta", first, BETA_WRONG);
		this.clock.advance(Duration.ofMinutes(1));
		this.grading.submit(learner, "alpha", UUID.randomUUID(), Map.of());
		this.clock.advance(Duration.ofMinutes(1));
		this.grading.submit(learner, "beta", first, BETA_WRONG);
		this.grading.submit(other, "beta", UUID.randomUUID(), BETA_WRONG);

		assertThat(this.grading.history(learner.memberId())).extracting(AttemptSummary::moduleId)
			.containsExactly("beta", "alpha");
		assertThat(this.grading.sheet(learner, "beta").attemptsUsed()).isEqualTo(1);

		this.grading.submit(learner, "beta", UUID.randomUUID(), BETA_WRONG);
		assertThatThrownBy(() -> this.grading.submit(learner, "beta", UUID.randomUUID(), BETA_WRONG))
			.isInstanceOf(AttemptRejectedException.class);
		assertThat(this.grading.history(learner.memberId())).hasSize(3);
		assertThat(this.grading.history(other.memberId())).hasSize(1);
	}

	@Test
	void anAttemptWhoseProgressUpdateWasLostIsListedAgainWhenItsClientRetries() {
		var learner = TestMembers.learner(TestMembers.member(this.directory, TestMembers.pole(this.directory)));
		this.grading.submit(learner, "alpha", UUID.randomUUID(), Map.of());
		this.clock.advance(Duration.ofMinutes(1));
		UUID lost = UUID.randomUUID();
		var result = this.grading.submit(learner, "beta", lost, BETA_WRONG);
		// as if the store had failed between the attempt's insert and the progress update
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(learner.memberId() + ":beta")),
				new Update().pull("attemptIds", result.attemptId()).inc("version", 1), "progress");
		assertThat(this.grading.history(learner.memberId())).extracting(AttemptSummary::moduleId)
			.containsExactly("alpha");

		var retried = this.grading.submit(learner, "beta", lost, BETA_WRONG);

		assertThat(retried.attemptId()).isEqualTo(result.attemptId());
		assertThat(this.grading.history(learner.memberId())).extracting(AttemptSummary::moduleId)
			.containsExactly("alpha", "beta");
		assertThat(this.grading.sheet(learner, "beta").attemptsUsed()).isEqualTo(1);
	}

	@Test
	void theListsKeptBeforeAreDroppedAtStartSoThatAnOlderVersionRebuildsThem() {
		var learner = TestMembers.learner(TestMembers.member(this.directory, TestMembers.pole(this.directory)));
		this.grading.submit(learner, "beta", UUID.randomUUID(), BETA_WRONG);
		var before = this.grading.history(learner.memberId());
		this.mongo.insert(new org.bson.Document("_id", learner.memberId()).append("attemptIds", List.of("stale")),
				RetiredAttemptLists.COLLECTION);

		this.retired.run(null);

		assertThat(this.mongo.collectionExists(RetiredAttemptLists.COLLECTION)).isFalse();
		assertThat(this.grading.history(learner.memberId())).isEqualTo(before).hasSize(1);
	}

}
