package fr.egide.onboarding;

import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import fr.egide.ApiClient;
import fr.egide.EgideTest;
import fr.egide.TestMembers;
import fr.egide.WebClient;
import fr.egide.directory.Directory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class PersonalDataTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	MongoTemplate mongo;

	@Test
	void aMemberDownloadsTheirDataAndAnAdminErasureKeepsOnlyAnonymousResults() {
		var fixture = PoleFixture.create(this.directory, this.port);
		var member = this.directory.createMember(new Directory.NewMember(fixture.pole().id(),
				fixture.organisation().id(), InvitationTests.unique("claire"), "Claire Dubois", TestMembers.PASSWORD,
				java.util.Set.of(fr.egide.directory.Role.MEMBER)));
		var api = new ApiClient(this.port);
		String token = api.token(member.email(), TestMembers.PASSWORD);
		assertThat(api.post("/api/modules/alpha/quiz/attempts", token, """
				{"submissionId": "%s", "answers": {"q1": ["a"], "q2": ["premiere", "deuxieme"], "q3": ["true"], "q4": ["a"], "q5": ["a"]}}
				""".formatted(UUID.randomUUID())).status()).isEqualTo(200);
		var before = api.get("/api/admin/completion", api.token(fixture.admin().email(), TestMembers.PASSWORD));

		var web = new WebClient(this.port);
		web.login(member.email(), TestMembers.PASSWORD);
		var data = web.get("/me/data");
		assertThat(data.status()).isEqualTo(200);
		var json = ApiClient.json().readTree(data.body());
		assertThat(json.get("account").get("email").asString()).isEqualTo(member.email());
		assertThat(json.get("account").get("organisation").asString()).isEqualTo("Hydrolia SAS");
		assertThat(json.get("quizAttempts")).hasSize(1);
		assertThat(json.get("quizAttempts").get(0).get("score").asInt()).isEqualTo(100);
		assertThat(json.get("progress").get(0).get("moduleId").asString()).isEqualTo("alpha");

		fixture.adminWeb().get("/admin/organisations/" + fixture.organisation().id());
		var erased = fixture.adminWeb().post("/admin/members/" + member.id() + "/erase", Map.of());
		assertThat(erased.redirectsTo("/admin/organisations/" + fixture.organisation().id())).isTrue();
		Document stored = this.mongo.findById(member.id(), Document.class, "members");
		assertThat(stored.toJson()).doesNotContain(member.email()).doesNotContain("Claire").doesNotContain("password");
		assertThat(stored.getBoolean("active")).isFalse();
		assertThat(this.directory.findByEmail(member.email())).isEmpty();
		assertThat(new WebClient(this.port).login(member.email(), TestMembers.PASSWORD).redirectsTo("/login")).isTrue();
		assertThat(api.get("/api/me/progress", token).status()).isEqualTo(401);
		var after = api.get("/api/admin/completion", api.token(fixture.admin().email(), TestMembers.PASSWORD));
		for (int i = 0; i < 2; i++) {
			for (String figure : new String[] { "started", "passed" }) {
				assertThat(after.body().get("modules").get(i).get(figure))
					.isEqualTo(before.body().get("modules").get(i).get(figure));
			}
		}
		assertThat(after.body().get("modules").get(0).get("passed").asInt()).isEqualTo(1);
		assertThat(this.mongo.count(Query.query(Criteria.where("memberId").is(member.id())), "attempts")).isEqualTo(1);
		var journal = fixture.adminWeb().get("/admin/audit");
		assertThat(journal.body()).contains("Données personnelles supprimées").doesNotContain(member.email());
	}

}
