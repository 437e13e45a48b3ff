package fr.egide.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import fr.egide.ApiClient;
import fr.egide.EgideTest;
import fr.egide.MutableClock;
import fr.egide.TestMembers;
import fr.egide.WebClient;
import fr.egide.catalog.CourseCatalog;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Organisation.OrganisationType;
import fr.egide.directory.Role;
import fr.egide.learning.LearningProgress;
import fr.egide.quiz.QuizGrading;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class DashboardTests {

	static final Map<String, List<String>> ALPHA_RIGHT = Map.of("q1", List.of("a"), "q2", List.of("premiere", "deuxieme"),
			"q3", List.of("true"), "q4", List.of("a"), "q5", List.of("a"));

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

	@Autowired
	CounterRebuild rebuild;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@Test
	void theFiguresFollowEachChangeAndNarrowToAnOrganisationAndACourse() {
		var pole = TestMembers.pole(this.directory);
		var north = this.directory.admit(new Directory.NewOrganisation(pole.id(), "Nord", null, OrganisationType.COMPANY,
				LocalDate.of(2026, 1, 1), List.of(), null, null));
		var south = this.directory.admit(new Directory.NewOrganisation(pole.id(), "Sud", null, OrganisationType.LAB,
				LocalDate.of(2026, 1, 1), List.of(), null, null));
		var admin = TestMembers.member(this.directory, pole, Role.POLE_ADMIN);
		var reader = member(pole.id(), north.id());
		var passer = member(pole.id(), north.id());
		var failer = member(pole.id(), south.id());
		read(reader, "alpha", 1);
		read(passer, "alpha", 1);
		submit(passer, "alpha", ALPHA_RIGHT);
		submit(failer, "alpha", Map.of());

		var api = new ApiClient(this.port);
		String token = api.token(admin.email(), TestMembers.PASSWORD);
		var all = api.get("/api/admin/completion", token).body();
		assertThat(all.get("members").asInt()).isEqualTo(4);
		var alpha = all.get("modules").get(0);
		assertThat(alpha.get("moduleId").asString()).isEqualTo("alpha");
		assertThat(alpha.get("inProgress").asInt()).isEqualTo(1);
		assertThat(alpha.get("failed").asInt()).isEqualTo(1);
		assertThat(alpha.get("passed").asInt()).isEqualTo(1);
		assertThat(alpha.get("started").asInt()).isEqualTo(3);
		assertThat(alpha.get("passedPercent").asInt()).isEqualTo(25);
		assertThat(all.get("trend").get(all.get("trend").size() - 1).get("passed").asInt()).isEqualTo(1);

		var northOnly = api.get("/api/admin/completion?organisation=" + north.id() + "&course=essentials", token).body();
		assertThat(northOnly.get("members").asInt()).isEqualTo(2);
		assertThat(northOnly.get("modules").get(0).get("failed").asInt()).isZero();
		assertThat(northOnly.get("organisations")).hasSize(1);
		assertThat(northOnly.get("organisations").get(0).get("modulesPassed").asInt()).isEqualTo(1);

		submit(failer, "alpha", ALPHA_RIGHT);
		var after = api.get("/api/admin/completion?organisation=" + south.id(), token).body();
		assertThat(after.get("modules").get(0).get("failed").asInt()).isZero();
		assertThat(after.get("modules").get(0).get("passed").asInt()).isEqualTo(1);
		assertThat(after.get("courses").get(0).get("completed").asInt()).isZero();

		assertThat(api.get("/api/admin/completion?from=2026-13", token).status()).isEqualTo(400);
		assertThat(api.get("/api/admin/completion?course=nope", token).status()).isEqualTo(400);
		var otherPole = TestMembers.pole(this.directory);
		var elsewhere = this.directory.ensureOrganisation(otherPole.id(), "Ailleurs", OrganisationType.OTHER);
		assertThat(api.get("/api/admin/completion?organisation=" + elsewhere.id(), token).status()).isEqualTo(404);

		var web = new WebClient(this.port);
		web.login(admin.email(), TestMembers.PASSWORD);
		var page = web.get("/admin?organisation=" + north.id());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("modules-chart").contains("dashboard-data").contains("Nord");
		var drill = web.get("/admin/members/" + passer.id());
		assertThat(drill.body()).contains(passer.displayName()).contains("Module Alpha").contains("100 % / 80 %");
	}

	@Test
	void countersRebuiltFromTheRecordsEqualTheIncrementalOnesAfterARandomHistory() {
		var pole = TestMembers.pole(this.directory);
		List<MemberAccount> members = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String org = i % 3 == 0 ? null
					: this.directory.ensureOrganisation(pole.id(), "Org " + (i % 3), OrganisationType.COMPANY).id();
			members.add(member(pole.id(), org));
		}
		var random = new Random(20261122);
		for (int step = 0; step < 150; step++) {
			var member = members.get(random.nextInt(members.size()));
			String module = random.nextBoolean() ? "alpha" : "beta";
			switch (random.nextInt(3)) {
				case 0 -> read(member, module, 1 + random.nextInt(2));
				case 1 -> submit(member, module, Map.of());
				default -> submit(member, module, "alpha".equals(module) ? ALPHA_RIGHT : betaFirstChoices());
			}
			if (random.nextInt(20) == 0) {
				this.clock.advance(java.time.Duration.ofDays(31));
			}
		}
		var incremental = snapshot();
		var result = this.rebuild.rebuild();
		assertThat(result.cells()).isPositive();
		assertThat(snapshot()).isEqualTo(incremental);
	}

	@Test
	void theTrendCountsThePassesOfTheMonthsAskedAndOnlyThose() {
		var pole = TestMembers.pole(this.directory);
		var admin = TestMembers.member(this.directory, pole, Role.POLE_ADMIN);
		var start = this.clock.instant();
		try {
			this.clock.set(java.time.Instant.parse("2024-03-10T10:00:00Z"));
			submit(member(pole.id(), null), "alpha", ALPHA_RIGHT);
			this.clock.set(java.time.Instant.parse("2025-01-31T23:30:00Z")); // 1 February in Paris
			submit(member(pole.id(), null), "alpha", ALPHA_RIGHT);
			submit(member(pole.id(), null), "alpha", ALPHA_RIGHT);
			this.clock.set(java.time.Instant.parse("2025-04-15T10:00:00Z"));
			submit(member(pole.id(), null), "alpha", ALPHA_RIGHT);
		}
		finally {
			this.clock.set(start);
		}
		var api = new ApiClient(this.port);
		String token = api.token(admin.email(), TestMembers.PASSWORD);

		var trend = api.get("/api/admin/completion?from=2025-01&to=2025-04", token).body().get("trend");
		Map<String, Integer> passes = new TreeMap<>();
		trend.forEach(month -> passes.put(month.get("month").asString(), month.get("passed").asInt()));
		assertThat(passes).containsExactly(Map.entry("2025-01", 0), Map.entry("2025-02", 2), Map.entry("2025-03", 0),
				Map.entry("2025-04", 1));
		var lastTwelve = api.get("/api/admin/completion?to=2025-02", token).body().get("trend");
		assertThat(lastTwelve).hasSize(12);
		assertThat(lastTwelve.get(0).get("month").asString()).isEqualTo("2024-03");
		assertThat(lastTwelve.get(0).get("passed").asInt()).isEqualTo(1);
		assertThat(lastTwelve.get(11).get("passed").asInt()).isEqualTo(2);
	}

	private Map<String, Map<String, Object>> snapshot() {
		Map<String, Map<String, Object>> all = new TreeMap<>();
		for (String collection : List.of(CompletionReadModel.MEMBERS, CompletionReadModel.CELLS, CompletionReadModel.MONTHS,
				CompletionReadModel.COURSES)) {
			for (Document doc : this.mongo.findAll(Document.class, collection)) {
				Map<String, Object> fields = new TreeMap<>();
				doc.forEach((key, value) -> {
					if (!(value instanceof Number number) || number.longValue() != 0) {
						fields.put(key, value instanceof Number number ? (Object) number.longValue() : value);
					}
				});
				if (fields.keySet().stream().anyMatch(k -> doc.get(k) instanceof Number)) {
					all.put(collection + "/" + doc.get("_id"), fields);
				}
			}
		}
		return all;
	}

	/** Some answers to beta's QCM (right or wrong does not matter: the history is random). */
	private Map<String, List<String>> betaFirstChoices() {
		var beta = this.grading.sheet(new fr.egide.quiz.Learner("x", null, null), "beta");
		return beta.questions()
			.stream()
			.collect(java.util.stream.Collectors.toMap(q -> q.id(), q -> List.of(q.choices().get(0).id())));
	}

	private MemberAccount member(String poleId, String organisationId) {
		return this.directory.createMember(new Directory.NewMember(poleId, organisationId,
				"d-" + UUID.randomUUID() + "@test.egide", "Membre " + UUID.randomUUID().toString().substring(0, 4),
				TestMembers.PASSWORD, java.util.Set.of(Role.MEMBER)));
	}

	private void read(MemberAccount member, String moduleId, int section) {
		this.progress.readSection(TestMembers.learner(member), this.catalog.module(moduleId).orElseThrow(), section);
	}

	private void submit(MemberAccount member, String moduleId, Map<String, List<String>> answers) {
		try {
			this.grading.submit(TestMembers.learner(member), moduleId, UUID.randomUUID(), answers);
		}
		catch (RuntimeException ex) {
			// beta allows two attempts per version: a refused third attempt is part of the history
		}
	}

}
