package fr.egide.quiz;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.egide.ApiClient;
import fr.egide.EgideTest;
import fr.egide.TestMembers;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class QuizApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	MongoTemplate mongo;

	private ApiClient api;

	private MemberAccount member;

	private String token;

	@BeforeEach
	void signIn() {
		this.api = new ApiClient(this.port);
		this.member = TestMembers.member(this.directory, TestMembers.pole(this.directory));
		this.token = this.api.token(this.member.email(), TestMembers.PASSWORD);
	}

	@Test
	void theQuizSentToClientsNeverSaysWhichChoicesAreCorrect() {
		var response = this.api.get("/api/modules/alpha/quiz", this.token);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("questions")).hasSize(5);
		assertThat(response.raw()).doesNotContain("correct").doesNotContain("feedback").doesNotContain("explanation");
	}

	@Test
	void aRightAttemptPassesAndTheClientCannotSetItsOwnScore() {
		String id = UUID.randomUUID().toString();
		var response = this.api.post("/api/modules/alpha/quiz/attempts", this.token, """
				{"submissionId": "%s", "score": 100, "passed": true,
				 "answers": {"q1": ["a"], "q2": ["premiere", "deuxieme"], "q3": ["true"], "q4": ["b"], "q5": ["a"]}}
				""".formatted(id));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("score").asInt()).isEqualTo(80);
		assertThat(response.body().get("passed").asBoolean()).isTrue();
		assertThat(response.body().get("questions").get(3).get("correct").asBoolean()).isFalse();
		assertThat(response.body().get("questions").get(0).get("explanation").asString()).contains("trois");
	}

	@Test
	void aMultipleAnswerQuestionNeedsExactlyTheCorrectChoices() {
		var response = submit(UUID.randomUUID(), "{\"q2\": [\"premiere\"]}");
		assertThat(response.body().get("questions").get(1).get("correct").asBoolean()).isFalse();
		response = submit(UUID.randomUUID(), "{\"q2\": [\"premiere\", \"deuxieme\", \"cinquieme\"]}");
		assertThat(response.body().get("questions").get(1).get("correct").asBoolean()).isFalse();
		assertThat(response.body().get("score").asInt()).isZero();
	}

	@Test
	void sendingTheSameSubmissionTwiceStoresOneAttemptAndAnswersTheSame() {
		UUID id = UUID.randomUUID();
		var first = submit(id, "{\"q1\": [\"a\"]}");
		var second = submit(id, "{\"q1\": [\"b\"], \"q2\": [\"premiere\", \"deuxieme\"]}");
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(this.mongo.count(Query.query(Criteria.where("memberId").is(this.member.id())), "attempts"))
			.isEqualTo(1);
		var progress = this.api.get("/api/me/progress", this.token).body().get(0);
		assertThat(progress.get("attempts").asInt()).isEqualTo(1);
	}

	@Test
	void aSubmissionIdOfAnotherMemberIsRefused() {
		UUID id = UUID.randomUUID();
		submit(id, "{}");
		var other = TestMembers.member(this.directory, TestMembers.pole(this.directory));
		String otherToken = this.api.token(other.email(), TestMembers.PASSWORD);
		var response = this.api.post("/api/modules/alpha/quiz/attempts", otherToken,
				"{\"submissionId\": \"" + id + "\", \"answers\": {}}");
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.body().get("error").asString()).isEqualTo("conflict");
		// nothing of the first member's attempt reaches the other member's history
		assertThat(this.api.get("/api/modules/alpha/quiz", otherToken).body().get("attemptsUsed").asInt()).isZero();
	}

	@Test
	void badAnswersAreRefusedWithAMessageAndNothingStored() {
		assertThat(submit(UUID.randomUUID(), "{\"nope\": [\"a\"]}").body().get("message").asString())
			.isEqualTo("Unknown question 'nope' in module 'alpha'.");
		assertThat(submit(UUID.randomUUID(), "{\"q1\": [\"z\"]}").body().get("message").asString())
			.isEqualTo("Unknown choice 'z' for question 'q1'.");
		assertThat(submit(UUID.randomUUID(), "{\"q1\": [\"a\", \"b\"]}").body().get("message").asString())
			.isEqualTo("Question 'q1' takes one answer only.");
		assertThat(this.api.post("/api/modules/alpha/quiz/attempts", this.token, "{\"answers\": {}}").status())
			.isEqualTo(400);
		assertThat(this.api.post("/api/modules/alpha/quiz/attempts", this.token, "{not json").status())
			.isEqualTo(400);
		assertThat(this.api.post("/api/modules/alpha/quiz/attempts", this.token,
				"{\"submissionId\": \"not-a-uuid\", \"answers\": {}}").status())
			.isEqualTo(400);
		assertThat(this.api.post("/api/modules/absent/quiz/attempts", this.token,
				"{\"submissionId\": \"" + UUID.randomUUID() + "\", \"answers\": {}}").status())
			.isEqualTo(404);
		assertThat(this.mongo.count(Query.query(Criteria.where("memberId").is(this.member.id())), "attempts"))
			.isZero();
	}

	@Test
	void limitedAttemptsAreEnforcedOnTheServer() {
		String body = "{\"submissionId\": \"%s\", \"answers\": {}}";
		assertThat(this.api.post("/api/modules/beta/quiz/attempts", this.token, body.formatted(UUID.randomUUID()))
			.status()).isEqualTo(200);
		UUID last = UUID.randomUUID();
		var second = this.api.post("/api/modules/beta/quiz/attempts", this.token, body.formatted(last));
		assertThat(second.status()).isEqualTo(200);
		var third = this.api.post("/api/modules/beta/quiz/attempts", this.token, body.formatted(UUID.randomUUID()));
		assertThat(third.status()).isEqualTo(409);
		assertThat(third.body().get("message").asString()).contains("2 attempt(s)");
		// a retry of an attempt already counted still gets its result, not a refusal
		var retry = this.api.post("/api/modules/beta/quiz/attempts", this.token, body.formatted(last));
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.body()).isEqualTo(second.body());
		assertThat(this.api.get("/api/modules/beta/quiz", this.token).body().get("attemptsUsed").asInt()).isEqualTo(2);
	}

	private ApiClient.Response submit(UUID submissionId, String answers) {
		return this.api.post("/api/modules/alpha/quiz/attempts", this.token,
				"{\"submissionId\": \"" + submissionId + "\", \"answers\": " + answers + "}");
	}

}
