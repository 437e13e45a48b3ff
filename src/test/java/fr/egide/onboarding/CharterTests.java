package fr.egide.onboarding;

import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.egide.ApiClient;
import fr.egide.EgideTest;
import fr.egide.TestMembers;
import fr.egide.WebClient;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class CharterTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	MongoTemplate mongo;

	private PoleFixture fixture;

	private MemberAccount member;

	private WebClient memberWeb;

	@BeforeEach
	void setUp() {
		this.fixture = PoleFixture.create(this.directory, this.port);
		this.member = TestMembers.member(this.directory, this.fixture.pole());
		this.memberWeb = new WebClient(this.port);
		this.memberWeb.login(this.member.email(), TestMembers.PASSWORD);
	}

	@Test
	void membersMustAcknowledgeTheCurrentVersionBeforeAnyCourseAndAgainAfterANewOne() {
		var api = new ApiClient(this.port);
		String token = api.token(this.member.email(), TestMembers.PASSWORD);
		assertThat(this.memberWeb.get("/modules/alpha").redirectsTo("/modules/alpha/sections/")).isTrue();

		publish("## Ce que je protège\n\nLes informations des autres adhérents.");
		var gated = this.memberWeb.get("/modules/alpha/sections/1");
		assertThat(gated.redirectsTo("/charter")).isTrue();
		assertThat(gated.location()).contains("next=%2Fmodules%2Falpha%2Fsections%2F1");
		var apiGated = api.get("/api/modules/alpha/quiz", token);
		assertThat(apiGated.status()).isEqualTo(403);
		assertThat(apiGated.body().get("error").asString()).isEqualTo("charter-not-acknowledged");
		assertThat(this.memberWeb.get("/").body()).contains("charter-pending");

		var charter = this.memberWeb.get("/charter?next=/modules/alpha/sections/1");
		assertThat(charter.body()).contains("Ce que je protège").contains("Version 1");
		var acknowledged = this.memberWeb.post("/charter", Map.of("version", "1", "next", "/modules/alpha/sections/1"));
		assertThat(acknowledged.redirectsTo("/modules/alpha/sections/1")).isTrue();
		Document stored = this.mongo.findOne(Query.query(Criteria.where("memberId").is(this.member.id())), Document.class,
				"charter_acknowledgements");
		assertThat(stored.getInteger("version")).isEqualTo(1);
		assertThat(stored.getString("ip")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
		assertThat(stored.get("at")).isNotNull();
		assertThat(api.get("/api/modules/alpha/quiz", token).status()).isEqualTo(200);
		assertThat(this.memberWeb.get("/modules/alpha/sections/1").status()).isEqualTo(200);
		assertThat(this.fixture.adminWeb().get("/admin/charter").body()).contains(this.member.displayName())
			.contains("Acceptations de cette version : 1".replace(" :", "\u00a0:"));

		publish("## Ce que je protège\n\nVersion revue.");
		assertThat(this.memberWeb.get("/modules/alpha/sections/1").redirectsTo("/charter")).isTrue();
		var stale = this.memberWeb.post("/charter", Map.of("version", "1", "next", "/"));
		assertThat(stale.redirectsTo("/charter")).isTrue();
		assertThat(this.memberWeb.get("/modules/alpha/sections/1").redirectsTo("/charter")).isTrue();
		this.memberWeb.get("/charter");
		assertThat(this.memberWeb.post("/charter", Map.of("version", "2", "next", "//evil.example/x")).location())
			.endsWith("/");
		assertThat(this.memberWeb.get("/modules/alpha/sections/1").status()).isEqualTo(200);
	}

	@Test
	void aCharterWithAScriptLinkIsRefusedWithItsLineAndNothingIsPublished() {
		var page = this.fixture.adminWeb().get("/admin/charter");
		assertThat(page.body()).contains("Modèle fourni par Égide");
		var refused = this.fixture.adminWeb()
			.post("/admin/charter", Map.of("draft", "Texte\n\n[clic](javascript:alert(1))\n<script>alert(2)</script>"));
		assertThat(this.fixture.adminWeb().get(refused.location()).body()).contains("ligne 3");
		assertThat(this.mongo.count(Query.query(Criteria.where("poleId").is(this.fixture.pole().id())), "charters"))
			.isZero();
		publish("Texte\n\n<script>alert(2)</script>");
		var shown = this.memberWeb.get("/charter");
		assertThat(shown.body()).doesNotContain("<script>alert(2)").contains("&lt;script&gt;");
	}

	private void publish(String draft) {
		var response = this.fixture.adminWeb().post("/admin/charter", Map.of("draft", draft));
		assertThat(response.redirectsTo("/admin/charter")).isTrue();
		assertThat(this.fixture.adminWeb().get(response.location()).body()).contains("Nouvelle version publiée");
	}

}
