package fr.egide.reporting;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.egide.ApiClient;
import fr.egide.EgideTest;
import fr.egide.TestMembers;
import fr.egide.catalog.CourseCatalog;
import fr.egide.directory.Directory;
import fr.egide.directory.Role;
import fr.egide.quiz.QuizGrading;
import fr.egide.learning.LearningProgress;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class CompletionReportTests {

	private static final Map<String, List<String>> RIGHT = Map.of("q1", List.of("a"), "q2",
			List.of("premiere", "deuxieme"), "q3", List.of("true"), "q4", List.of("a"), "q5", List.of("a"));

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	LearningProgress progress;

	@Autowired
	QuizGrading grading;

	@Autowired
	CourseCatalog catalog;

	@Test
	void aPoleAdminSeesTheirPoleCountsAndNeverAnotherPoles() {
		var pole = TestMembers.pole(this.directory);
		var otherPole = TestMembers.pole(this.directory);
		var admin = TestMembers.member(this.directory, pole, Role.POLE_ADMIN);
		var reader = TestMembers.learner(TestMembers.member(this.directory, pole));
		var passer = TestMembers.learner(TestMembers.member(this.directory, pole));
		var outsider = TestMembers.learner(TestMembers.member(this.directory, otherPole));
		var alpha = this.catalog.module("alpha").orElseThrow();
		this.progress.readSection(reader, alpha, 1);
		this.progress.readSection(passer, alpha, 1);
		UUID passing = UUID.randomUUID();
		this.grading.submit(passer, "alpha", passing, RIGHT);
		this.grading.submit(passer, "alpha", passing, RIGHT);
		this.grading.submit(passer, "alpha", UUID.randomUUID(), RIGHT);
		this.grading.submit(outsider, "alpha", UUID.randomUUID(), RIGHT);

		var api = new ApiClient(this.port);
		String token = api.token(admin.email(), TestMembers.PASSWORD);
		var response = api.get("/api/admin/completion", token);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("poleId").asString()).isEqualTo(pole.id());
		var alphaRow = response.body().get("modules").get(0);
		assertThat(alphaRow.get("moduleId").asString()).isEqualTo("alpha");
		assertThat(alphaRow.get("assigned").asInt()).isEqualTo(3);
		assertThat(alphaRow.get("started").asInt()).isEqualTo(2);
		assertThat(alphaRow.get("passed").asInt()).isEqualTo(1);
		assertThat(api.get("/api/admin/completion?pole=" + otherPole.id(), token).status()).isEqualTo(404);
	}

	@Test
	void aPlatformAdminChoosesThePole() {
		var pole = TestMembers.pole(this.directory);
		TestMembers.member(this.directory, pole);
		var api = new ApiClient(this.port);
		String token = api.token("platform@test.egide", "platform-password-123");
		var response = api.get("/api/admin/completion?pole=" + pole.id(), token);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("poleName").asString()).isEqualTo(pole.name());
		assertThat(response.body().get("modules").get(0).get("assigned").asInt()).isEqualTo(1);
	}

}
