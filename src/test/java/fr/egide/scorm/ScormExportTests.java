package fr.egide.scorm;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import fr.egide.ApiClient;
import fr.egide.EgideTest;
import fr.egide.TestMaterial;
import fr.egide.TestMembers;
import fr.egide.WebClient;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Admins download the SCORM packages of what their pole follows, and nothing else. */
@EgideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScormExportTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	private WebClient adminA;

	private WebClient adminB;

	private MemberAccount memberA;

	private MemberAccount accountA;

	private String courseB;

	private String moduleB;

	@BeforeAll
	void twoPolesAndSpeakersMaterialForB() {
		var poleA = TestMembers.pole(this.directory);
		var poleB = TestMembers.pole(this.directory);
		this.accountA = TestMembers.member(this.directory, poleA, Role.POLE_ADMIN);
		this.memberA = TestMembers.member(this.directory, poleA);
		this.adminA = signedIn(this.accountA);
		this.adminB = signedIn(TestMembers.member(this.directory, poleB, Role.POLE_ADMIN));
		var speaker = TestMembers.member(this.directory, poleB, Role.SPEAKER);
		assertThat(this.adminB.post("/admin/speakers", Map.of("email", speaker.email())).redirectsTo("/admin/speakers"))
			.isTrue();
		var speakerWeb = signedIn(speaker);
		this.courseB = TestMaterial.id("cours-scorm-b");
		this.moduleB = TestMaterial.id("module-scorm-b");
		String version = TestMaterial.publish(speakerWeb,
				TestMaterial.bundle(this.courseB, this.moduleB, "Module SCORM B"));
		assertThat(speakerWeb.post("/speaker/material/" + this.courseB + "/offers", Map.of("pole", poleB.id()))
			.redirectsTo(version)).isTrue();
		assertThat(this.adminB.post("/admin/material/" + this.courseB + "/accept", Map.of())
			.redirectsTo("/admin/material")).isTrue();
	}

	@Test
	void thePageListsEveryCourseOfThePoleWithBothEditions() {
		var page = this.adminA.get("/admin/scorm");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("/admin/scorm/courses/essentials.zip?version=1.2",
				"/admin/scorm/courses/essentials.zip?version=2004", "/admin/scorm/modules/alpha.zip?version=2004",
				"Exports SCORM").doesNotContain(this.courseB);
		assertThat(this.adminB.get("/admin/scorm").body()).contains("/admin/scorm/modules/" + this.moduleB + ".zip");
	}

	@Test
	void anAdminDownloadsCoursesAndModulesInBothEditions() {
		for (String version : new String[] { "1.2", "2004" }) {
			String suffix = version.equals("1.2") ? "scorm12" : "scorm2004";
			var course = this.adminA.download("/admin/scorm/courses/essentials.zip?version=" + version);
			assertThat(course.statusCode()).isEqualTo(200);
			assertThat(course.headers().firstValue("Content-Type")).hasValue("application/zip");
			assertThat(course.headers().firstValue("Content-Disposition").orElseThrow())
				.contains("egide-essentials-" + suffix + ".zip");
			assertThat(ScormZip.entries(course.body())).containsKeys("imsmanifest.xml", "alpha/index.html",
					"beta/index.html");
			var module = this.adminA.download("/admin/scorm/modules/beta.zip?version=" + version);
			assertThat(module.statusCode()).isEqualTo(200);
			assertThat(module.headers().firstValue("Content-Disposition").orElseThrow())
				.contains("egide-beta-" + suffix + ".zip");
			assertThat(ScormZip.entries(module.body())).containsKey("beta/index.html").doesNotContainKey("alpha/index.html");
		}
	}

	@Test
	void anUnknownVersionIsABadRequest() {
		assertThat(this.adminA.download("/admin/scorm/courses/essentials.zip?version=3").statusCode()).isEqualTo(400);
		assertThat(this.adminA.download("/admin/scorm/modules/alpha.zip").statusCode()).isEqualTo(400);
	}

	@Test
	void anotherPolesMaterialIsNotFoundButItsOwnPoleGetsItWithItsImages() {
		assertThat(this.adminA.download("/admin/scorm/modules/" + this.moduleB + ".zip?version=1.2").statusCode())
			.isEqualTo(404);
		assertThat(this.adminA.download("/admin/scorm/courses/" + this.courseB + ".zip?version=2004").statusCode())
			.isEqualTo(404);
		var own = this.adminB.download("/admin/scorm/courses/" + this.courseB + ".zip?version=2004");
		assertThat(own.statusCode()).isEqualTo(200);
		var entries = ScormZip.entries(own.body());
		assertThat(entries.keySet()).anySatisfy(path -> assertThat(path).startsWith("images/").endsWith("schema.png"));
		String page = ScormZip.text(own.body(), this.moduleB + "/index.html");
		assertThat(page).contains("<img src=\"../images/").doesNotContain("src=\"/material");
	}

	@Test
	void aPlainMemberCannotExport() {
		var member = signedIn(this.memberA);
		assertThat(member.download("/admin/scorm/courses/essentials.zip?version=1.2").statusCode()).isEqualTo(403);
	}

	@Test
	void theApiExportsForAdminsWithJsonErrors() {
		var api = new ApiClient(this.port);
		String token = api.token(this.accountA.email(), TestMembers.PASSWORD);
		var zip = this.adminA.download("/admin/scorm/courses/essentials.zip?version=2004");
		var ok = api.get("/api/courses/essentials/scorm?version=2004", token);
		assertThat(ok.status()).isEqualTo(200);
		assertThat(ok.raw()).isNotEmpty();
		assertThat(zip.body()).isNotEmpty();
		var badVersion = api.get("/api/courses/essentials/scorm?version=3", token);
		assertThat(badVersion.status()).isEqualTo(400);
		assertThat(badVersion.body().get("error").asString()).isEqualTo("bad-request");
		assertThat(badVersion.body().get("message").asString()).contains("1.2", "2004");
		var other = api.get("/api/courses/" + this.courseB + "/scorm?version=1.2", token);
		assertThat(other.status()).isEqualTo(404);
		assertThat(other.body().get("error").asString()).isEqualTo("not-found");
		String memberToken = api.token(this.memberA.email(), TestMembers.PASSWORD);
		var member = api.get("/api/courses/essentials/scorm?version=1.2", memberToken);
		assertThat(member.status()).isEqualTo(403);
		assertThat(member.body().get("error").asString()).isEqualTo("forbidden");
	}

	private WebClient signedIn(MemberAccount member) {
		var web = new WebClient(this.port);
		assertThat(web.login(member.email(), TestMembers.PASSWORD).redirectsTo("/")).isTrue();
		return web;
	}

}
