package fr.egide.security;

import java.net.URI;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.egide.ApiClient;
import fr.egide.EgideTest;
import fr.egide.TestMembers;
import fr.egide.WebClient;
import fr.egide.directory.Directory;
import fr.egide.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class DeactivationTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Test
	void deactivationEndsTheWebSessionAndTheApiTokenAtOnce() {
		var member = TestMembers.member(this.directory, TestMembers.pole(this.directory));
		var web = new WebClient(this.port);
		var api = new ApiClient(this.port);
		assertThat(signedIn(web.login(member.email(), TestMembers.PASSWORD))).isTrue();
		assertThat(web.get("/").status()).isEqualTo(200);
		String token = api.token(member.email(), TestMembers.PASSWORD);
		assertThat(api.get("/api/courses", token).status()).isEqualTo(200);

		this.directory.setActive(member.id(), false);
		var page = web.get("/progress");
		assertThat(page.redirectsTo("/login")).isTrue();
		assertThat(URI.create(page.location()).getQuery()).isEqualTo("deactivated");
		var afterwards = web.get("/");
		assertThat(afterwards.redirectsTo("/login")).isTrue();
		assertThat(afterwards.location()).doesNotContain("deactivated");
		assertThat(web.get("/login?deactivated").body()).contains("Votre session a été fermée");
		assertThat(api.get("/api/courses", token).status()).isEqualTo(401);

		this.directory.setActive(member.id(), true);
		assertThat(web.get("/").redirectsTo("/login")).isTrue();
		assertThat(signedIn(web.login(member.email(), TestMembers.PASSWORD))).isTrue();
		assertThat(web.get("/").status()).isEqualTo(200);
		assertThat(api.token(member.email(), TestMembers.PASSWORD)).isNotBlank();
	}

	@Test
	void aDemotedAdminLosesTheAdminPagesOnTheNextRequest() {
		var admin = TestMembers.member(this.directory, TestMembers.pole(this.directory), Role.POLE_ADMIN);
		var web = new WebClient(this.port);
		assertThat(signedIn(web.login(admin.email(), TestMembers.PASSWORD))).isTrue();
		assertThat(web.get("/admin").status()).isEqualTo(200);
		assertThat(web.get("/").body()).contains("href=\"/admin\"");

		this.directory.setRoles(admin.id(), Set.of(Role.MEMBER));
		assertThat(web.get("/admin").status()).isEqualTo(403);
		var home = web.get("/");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).doesNotContain("href=\"/admin\"");
		assertThat(web.get("/admin").status()).isEqualTo(403);
	}

	private static boolean signedIn(WebClient.Page page) {
		return page.status() == 302 && URI.create(page.location()).getPath().equals("/");
	}

}
