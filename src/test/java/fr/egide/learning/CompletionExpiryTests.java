package fr.egide.learning;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.egide.ApiClient;
import fr.egide.EgideTest;
import fr.egide.MutableClock;
import fr.egide.TestMembers;
import fr.egide.WebClient;
import fr.egide.directory.Directory;
import fr.egide.directory.Role;
import fr.egide.quiz.Learner;
import fr.egide.quiz.QuizGrading;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class CompletionExpiryTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	QuizGrading grading;

	@Autowired
	LearningProgress progress;

	@Autowired
	Assignments assignments;

	@Autowired
	CompletionExpiry expiry;

	@Autowired
	MutableClock clock;

	@Test
	void anOldCompletionBecomesToRenewItsCourseIsAssignedAgainAndTheFiguresFollow() {
		var pole = TestMembers.pole(this.directory);
		this.directory.setOnboarding(pole.id(), List.of("essentials"), 30, 6);
		var admin = TestMembers.member(this.directory, pole, Role.POLE_ADMIN);
		var member = TestMembers.member(this.directory, pole);
		var learner = TestMembers.learner(member);
		passAll(learner);
		this.assignments.assign(new Assignments.NewAssignment(member.id(), pole.id(), member.organisationId(),
				"essentials", LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Paris"))).plusDays(30), "onboarding"));
		var api = new ApiClient(this.port);
		assertThat(figures(api, admin.email()).get("courses").get(0).get("completed").asInt()).isEqualTo(1);

		this.clock.advance(Duration.ofDays(150));
		this.expiry.run();
		assertThat(this.progress.forMember(member.id()).get("alpha").status()).isEqualTo(ProgressStatus.PASSED);

		this.clock.advance(Duration.ofDays(40));
		assertThat(this.expiry.run()).isGreaterThanOrEqualTo(2);
		assertThat(this.progress.forMember(member.id()).get("alpha").status()).isEqualTo(ProgressStatus.EXPIRED);
		var renewed = this.assignments.forMember(member.id()).get(0);
		assertThat(renewed.source()).isEqualTo(CompletionExpiry.SOURCE);
		assertThat(renewed.done()).isFalse();
		assertThat(renewed.dueOn()).isEqualTo(LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Paris"))).plusDays(30));
		var after = figures(api, admin.email());
		assertThat(after.get("modules").get(0).get("expired").asInt()).isEqualTo(1);
		assertThat(after.get("modules").get(0).get("passed").asInt()).isZero();
		assertThat(after.get("courses").get(0).get("completed").asInt()).isZero();
		assertThat(this.expiry.run()).isZero();

		var web = new WebClient(this.port);
		web.login(member.email(), TestMembers.PASSWORD);
		assertThat(web.get("/").body()).contains("À renouveler");

		submit(learner, "alpha", alphaRight());
		assertThat(this.progress.forMember(member.id()).get("alpha").status()).isEqualTo(ProgressStatus.PASSED);
		assertThat(figures(api, admin.email()).get("courses").get(0).get("completed").asInt()).isZero();
		submit(learner, "beta", betaRight());
		var renewedAgain = figures(api, admin.email());
		assertThat(renewedAgain.get("courses").get(0).get("completed").asInt()).isEqualTo(1);
		assertThat(renewedAgain.get("modules").get(1).get("expired").asInt()).isZero();
		assertThat(this.assignments.forMember(member.id()).get(0).done()).isTrue();
	}

	private tools.jackson.databind.JsonNode figures(ApiClient api, String email) {
		return api.get("/api/admin/completion", api.token(email, TestMembers.PASSWORD)).body();
	}

	private void passAll(Learner learner) {
		submit(learner, "alpha", alphaRight());
		submit(learner, "beta", betaRight());
		assertThat(this.progress.forMember(learner.memberId()).get("beta").status()).isEqualTo(ProgressStatus.PASSED);
	}

	private void submit(Learner learner, String moduleId, Map<String, List<String>> answers) {
		this.grading.submit(learner, moduleId, UUID.randomUUID(), answers);
	}

	private static Map<String, List<String>> alphaRight() {
		return Map.of("q1", List.of("a"), "q2", List.of("premiere", "deuxieme"), "q3", List.of("true"), "q4",
				List.of("a"), "q5", List.of("a"));
	}

	private static Map<String, List<String>> betaRight() {
		return Map.of("seul", List.of("true"), "autre", List.of("a"));
	}

}
