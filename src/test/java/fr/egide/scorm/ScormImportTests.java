package fr.egide.scorm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.egide.EgideTest;
import fr.egide.TestMaterial;
import fr.egide.TestMembers;
import fr.egide.WebClient;
import fr.egide.catalog.CourseCatalog;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Pole;
import fr.egide.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing packages, playing them and their results in Égide's tracking, over HTTP. */
@EgideTest
class ScormImportTests {

	private static final Pattern CONFIG = Pattern.compile("data-config=\"([^\"]+)\"");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	CourseCatalog catalog;

	private Pole pole;

	private WebClient speaker;

	private MemberAccount memberAccount;

	private WebClient member;

	@BeforeEach
	void poleWithASpeaker() {
		this.pole = TestMembers.pole(this.directory);
		this.speaker = signedIn(TestMembers.member(this.directory, this.pole, Role.SPEAKER));
		this.memberAccount = TestMembers.member(this.directory, this.pole);
		this.member = signedIn(this.memberAccount);
	}

	@Test
	void aPackageBecomesAModuleThatResumesWhereItWasLeftAndCountsWhenPassed() {
		String moduleId = importPackage(ScormPackagesForTests.scorm12(), "golf.zip");
		assertThat(this.catalog.coursesFor(this.pole.id()))
			.anyMatch(course -> course.moduleIds().contains(moduleId) && course.title().equals("Golf Explained"));
		assertThat(this.member.get("/modules/" + moduleId + "/sections/1").body())
			.contains("<iframe src=\"/scorm/play/" + moduleId + "\"")
			.doesNotContain("Passer au QCM");

		JsonNode first = config(moduleId);
		assertThat(first.get("version").asString()).isEqualTo("1.2");
		assertThat(first.get("state").get("cmi.core.lesson_status").asString()).isEqualTo("not attempted");
		assertThat(first.get("launch").asString()).endsWith("/play/index.html");
		var headers = this.member.headers(first.get("launch").asString());
		assertThat(headers.firstValue("Content-Security-Policy").orElseThrow()).contains("'unsafe-inline'",
				"frame-ancestors 'self'");
		assertThat(headers.firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
		assertThat(this.member.headers("/scorm/play/" + moduleId).firstValue("Content-Security-Policy").orElseThrow())
			.doesNotContain("unsafe-inline");

		String big = "s".repeat(10_000);
		var stored = commit(first, moduleId, Map.of("cmi.core.lesson_status", "incomplete", "cmi.core.lesson_location",
				"p2", "cmi.suspend_data", big), "suspend", "0000:05:00.00", true);
		assertThat(stored.status()).isEqualTo(200);
		assertThat(stored.body()).isEqualTo("{\"stored\":true}");
		JsonNode resumed = config(moduleId).get("state");
		assertThat(resumed.get("cmi.core.entry").asString()).isEqualTo("resume");
		assertThat(resumed.get("cmi.core.lesson_location").asString()).isEqualTo("p2");
		assertThat(resumed.get("cmi.suspend_data").asString()).as("oversized, kept whole").hasSize(10_000);
		assertThat(resumed.get("cmi.core.total_time").asString()).isEqualTo("0000:05:00.00");
		assertThat(progress(moduleId).getBoolean("passed")).isFalse();

		commit(first, moduleId, Map.of("cmi.core.lesson_status", "passed", "cmi.core.score.raw", "90"), "", "0000:01:00.00",
				true);
		Document progress = progress(moduleId);
		assertThat(progress.getBoolean("passed")).isTrue();
		assertThat(progress.getInteger("bestScore")).isEqualTo(90);
		JsonNode next = config(moduleId).get("state");
		assertThat(next.get("cmi.core.entry").asString()).as("a normal exit starts a new attempt").isEqualTo("ab-initio");
		assertThat(next.has("cmi.core.lesson_location")).isFalse();
		assertThat(next.get("cmi.core.lesson_status").asString()).isEqualTo("passed");
	}

	@Test
	void a2004PackageReportsThroughItsOwnDataModel() {
		String moduleId = importPackage(ScormPackagesForTests.scorm2004(), "module.zip");
		JsonNode config = config(moduleId);
		assertThat(config.get("version").asString()).isEqualTo("2004");
		assertThat(config.get("state").get("cmi.scaled_passing_score").asString()).isEqualTo("0.8");
		commit(config, moduleId, Map.of("cmi.completion_status", "completed", "cmi.success_status", "failed",
				"cmi.score.scaled", "0.5"), "normal", "PT2M", true);
		assertThat(progress(moduleId).getBoolean("passed")).isFalse();
		assertThat(progress(moduleId).getList("attemptIds", String.class)).hasSize(1);
	}

	@Test
	void hostilePackagesAreRefusedAndNothingIsKept() throws Exception {
		long before = this.mongo.getCollection("scorm_packages").countDocuments();
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><manifest>&x;</manifest>";
		var refused = this.speaker.upload("/speaker/scorm", "file", "xxe.zip",
				TestMaterial.zip(Map.of("imsmanifest.xml", TestMaterial.utf8(xxe))), Map.of());
		assertThat(refused.status()).isEqualTo(422);
		assertThat(HtmlUtils.htmlUnescape(refused.body())).contains("DOCTYPE declarations are not accepted");
		var slip = this.speaker.upload("/speaker/scorm", "file", "slip.zip", TestMaterial.zip(Map.of("imsmanifest.xml",
				TestMaterial.utf8(ScormPackageCheckTests.MANIFEST_12), "../../evil.html", TestMaterial.utf8("x"))),
				Map.of());
		assertThat(HtmlUtils.htmlUnescape(slip.body())).contains("slip.zip!/../../evil.html", "paths with '..'");
		var missing = this.speaker.upload("/speaker/scorm", "file", "empty.zip",
				TestMaterial.zip(Map.of("imsmanifest.xml", TestMaterial.utf8(ScormPackageCheckTests.MANIFEST_12))),
				Map.of());
		assertThat(HtmlUtils.htmlUnescape(missing.body())).contains("launches 'play/index.html', which is not in the package");
		assertThat(this.mongo.getCollection("scorm_packages").countDocuments()).isEqualTo(before);
		try (var left = Files.list(Path.of("target/test-data/scorm"))) {
			assertThat(left.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".incoming"));
		}
	}

	@Test
	void anotherPolePlaysNothingOfThePackage() {
		String moduleId = importPackage(ScormPackagesForTests.scorm12(), "golf.zip");
		String launch = config(moduleId).get("launch").asString();
		var stranger = signedIn(TestMembers.member(this.directory, TestMembers.pole(this.directory)));
		assertThat(stranger.get("/scorm/play/" + moduleId).status()).isEqualTo(404);
		assertThat(stranger.get(launch).status()).isEqualTo(404);
		assertThat(stranger.get("/modules/" + moduleId + "/sections/1").status()).isEqualTo(404);
	}

	private String importPackage(byte[] zip, String name) {
		var page = this.speaker.upload("/speaker/scorm", "file", name, zip, Map.of());
		assertThat(page.redirectsTo("/speaker/scorm")).as(page.body()).isTrue();
		String list = this.speaker.get("/speaker/scorm").body();
		var matcher = Pattern.compile("href=\"/modules/(scorm-[a-z0-9]+-1)\"").matcher(list);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private JsonNode config(String moduleId) {
		var page = this.member.get("/scorm/play/" + moduleId);
		assertThat(page.status()).isEqualTo(200);
		var matcher = CONFIG.matcher(page.body());
		assertThat(matcher.find()).isTrue();
		return JSON.readTree(HtmlUtils.htmlUnescape(matcher.group(1)));
	}

	private WebClient.Page commit(JsonNode config, String moduleId, Map<String, String> values, String exit,
			String sessionTime, boolean terminated) {
		String body = JSON.writeValueAsString(Map.of("version", config.get("version").asString(), "values", values,
				"exit", exit, "sessionTime", sessionTime, "terminated", terminated, "oversized",
				values.getOrDefault("cmi.suspend_data", "").length() > 4096 ? java.util.List.of("cmi.suspend_data")
						: java.util.List.of()));
		return this.member.postJson("/scorm/play/" + moduleId + "/commit", body,
				Map.of(config.get("csrfHeader").asString(), config.get("csrfToken").asString()));
	}

	private Document progress(String moduleId) {
		return this.mongo.findOne(Query.query(Criteria.where("_id").is(this.memberAccount.id() + ":" + moduleId)),
				Document.class, "progress");
	}

	private WebClient signedIn(MemberAccount account) {
		var web = new WebClient(this.port);
		assertThat(web.login(account.email(), TestMembers.PASSWORD).redirectsTo("/")).isTrue();
		return web;
	}

}
