package fr.egide.learning;

import org.junit.jupiter.api.Test;

import fr.egide.EgideTest;
import fr.egide.TestMembers;
import fr.egide.WebClient;
import fr.egide.directory.Directory;
import fr.egide.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The module page is assembled from parts rendered once (the section, the menu): each reader still gets theirs. */
@EgideTest
class SectionPageTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Test
	void theSharedPartsFollowTheReadersLanguageAndRolesAndTheFormsStayTheirOwn() {
		var pole = TestMembers.pole(this.directory);
		var member = signedIn(TestMembers.member(this.directory, pole));
		var admin = signedIn(TestMembers.member(this.directory, pole, Role.POLE_ADMIN));

		String memberFrench = member.get("/modules/alpha/sections/2").body();
		assertThat(memberFrench).contains("Section suivante", "href=\"/modules/alpha/sections/3\"", "Ma progression")
			.doesNotContain("href=\"/admin\"", "Next section");
		String adminFrench = admin.get("/modules/alpha/sections/2").body();
		assertThat(adminFrench).contains("Section suivante", "href=\"/admin\"");
		assertThat(article(adminFrench)).isEqualTo(article(memberFrench));
		assertThat(csrf(adminFrench)).isNotEqualTo(csrf(memberFrench));

		String memberEnglish = member.get("/modules/alpha/sections/2?lang=en").body();
		assertThat(memberEnglish).contains("Next section", "My progress", "Sign out")
			.doesNotContain("Section suivante", "href=\"/admin\"");
		assertThat(admin.get("/modules/alpha/sections/2").body()).contains("Section suivante", "Suivi du pôle");
		assertThat(admin.get("/modules/alpha/sections/1?lang=en").body()).contains("Pole follow-up", "Next section")
			.doesNotContain("Previous section");
	}

	private WebClient signedIn(fr.egide.directory.MemberAccount account) {
		var web = new WebClient(this.port);
		assertThat(web.login(account.email(), TestMembers.PASSWORD).status()).isEqualTo(302);
		return web;
	}

	private static String article(String page) {
		return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
	}

	private static String csrf(String page) {
		int at = page.indexOf("name=\"_csrf\" value=\"");
		return page.substring(at, page.indexOf('"', at + 20));
	}

}
