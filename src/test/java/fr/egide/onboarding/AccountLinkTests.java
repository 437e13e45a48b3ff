package fr.egide.onboarding;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.egide.EgideTest;
import fr.egide.TestMembers;
import fr.egide.WebClient;
import fr.egide.directory.Directory;
import fr.egide.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class AccountLinkTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Test
	void aPersonWithAccountsInTwoPolesSwitchesOnlyOnceAPlatformAdminLinkedThem() {
		var poleA = TestMembers.pole(this.directory);
		var poleB = TestMembers.pole(this.directory);
		var inA = TestMembers.member(this.directory, poleA);
		var inB = TestMembers.member(this.directory, poleB, Role.POLE_ADMIN);
		var person = new WebClient(this.port);
		person.login(inA.email(), TestMembers.PASSWORD);
		assertThat(person.get("/").body()).doesNotContain("Changer de pôle");
		assertThat(person.post("/account/switch", Map.of("memberId", inB.id())).status()).isEqualTo(404);

		var platform = new WebClient(this.port);
		platform.login("platform@test.egide", "platform-password-123");
		var samePole = TestMembers.member(this.directory, poleA);
		var refused = platform.post("/admin/links", Map.of("first", inA.email(), "second", samePole.email()));
		assertThat(platform.get(refused.location()).body()).contains("appartiennent au même pôle");
		var linked = platform.post("/admin/links", Map.of("first", inA.email(), "second", inB.email()));
		assertThat(platform.get(linked.location()).body()).contains("Comptes liés.").contains(inB.email());

		var home = person.get("/");
		assertThat(home.body()).contains("Changer de pôle").contains(poleB.name());
		assertThat(person.get("/admin/organisations").status()).isEqualTo(403);
		assertThat(person.post("/account/switch", Map.of("memberId", inB.id())).redirectsTo("/")).isTrue();
		var asB = person.get("/admin/organisations");
		assertThat(asB.status()).isEqualTo(200);
		assertThat(asB.body()).contains("Adhérents — " + poleB.name()).contains(poleA.name());
		assertThat(person.post("/account/switch", Map.of("memberId", inA.id())).redirectsTo("/")).isTrue();
		assertThat(person.get("/admin/organisations").status()).isEqualTo(403);

		platform.get("/admin/links");
		platform.post("/admin/links/" + inB.id() + "/unlink", Map.of());
		assertThat(person.get("/").body()).doesNotContain("Changer de pôle");
		assertThat(person.post("/account/switch", Map.of("memberId", inB.id())).status()).isEqualTo(404);
	}

}
