package fr.egide.onboarding;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.egide.EgideTest;
import fr.egide.TestOutbox;
import fr.egide.WebClient;
import fr.egide.directory.Directory;
import fr.egide.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class PoleAdministrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	MongoTemplate mongo;

	@Test
	void thePlatformAdminOpensAPoleAndItsFirstAdministratorGetsIn() {
		var platform = new WebClient(this.port);
		assertThat(platform.login("platform@test.egide", "platform-password-123").redirectsTo("/")).isTrue();
		String name = "Pôle Mer " + UUID.randomUUID().toString().substring(0, 6);
		var created = platform.post("/admin/poles", Map.of("name", "  " + name + " "));
		assertThat(platform.get(created.location()).body()).contains("Pôle créé").contains(name);
		var again = platform.post("/admin/poles", Map.of("name", name));
		assertThat(platform.get(again.location()).body()).contains("Un pôle porte déjà ce nom");
		var pole = this.directory.poles().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();

		String email = InvitationTests.unique("referente");
		var invited = platform.post("/admin/poles/" + pole.id() + "/administrators",
				Map.of("email", email, "displayName", "Anne Référente", "role", "PLATFORM_ADMIN"));
		assertThat(platform.get(invited.location()).body()).contains("Invitation envoyée.");
		String link = new TestOutbox(this.mongo).linkPath(email, "/invitations/");
		var invitee = new WebClient(this.port);
		invitee.get(link);
		var accepted = invitee.post(link, Map.of("displayName", "Anne Référente", "password", InvitationTests.GOOD_PASSWORD,
				"confirmation", InvitationTests.GOOD_PASSWORD));
		assertThat(accepted.redirectsTo("/")).isTrue();
		var account = this.directory.findByEmail(email).orElseThrow();
		assertThat(account.roles()).containsExactlyInAnyOrder(Role.POLE_ADMIN, Role.MEMBER);
		assertThat(account.poleId()).isEqualTo(pole.id());
		assertThat(account.organisationId()).isNull();
		assertThat(invitee.get("/admin/organisations").body()).contains("Adhérents — " + name);
		assertThat(invitee.get("/admin/poles").status()).isEqualTo(404);
		assertThat(invitee.get("/").body()).contains("href=\"/admin\"", "href=\"/admin/organisations\"",
				"href=\"/admin/reminders\"", "href=\"/admin/events\"").doesNotContain("href=\"/admin/poles\"");
	}

	/** On a fresh install the platform admin has no pole yet: no menu entry may lead to a "page not found". */
	@Test
	void aPlatformAdminWithoutAPoleIsOfferedOnlyPagesTheyCanOpen() {
		var platform = new WebClient(this.port);
		assertThat(platform.login("platform@test.egide", "platform-password-123").redirectsTo("/")).isTrue();
		String home = platform.get("/").body();
		assertThat(home).contains("href=\"/admin/poles\"")
			.doesNotContain("href=\"/admin\"", "href=\"/admin/organisations\"", "href=\"/admin/reminders\"",
					"href=\"/admin/events\"");
		Matcher menu = Pattern.compile("<nav[^>]*>(.*?)</nav>", Pattern.DOTALL).matcher(home);
		assertThat(menu.find()).isTrue();
		Matcher href = Pattern.compile("href=\"(/[^\"]*)\"").matcher(menu.group(1));
		while (href.find()) {
			assertThat(platform.get(href.group(1)).status()).as(href.group(1)).isEqualTo(200);
		}
	}

}
