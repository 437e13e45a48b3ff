package fr.egide.authoring;

import java.util.LinkedHashMap;
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
import fr.egide.learning.Assignments;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/** A speaker's material from upload to a member's completion, over HTTP, as the pages are used. */
@EgideTest
class AuthoringTests {

	private static final Pattern SUBMISSION = Pattern.compile("name=\"submissionId\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	CourseCatalog catalog;

	@Autowired
	Assignments assignments;

	private Pole pole;

	private WebClient speaker;

	private WebClient admin;

	private MemberAccount adminAccount;

	private MemberAccount firstMember;

	private String courseId;

	private String moduleId;

	@BeforeEach
	void poleWithASpeaker() {
		this.pole = TestMembers.pole(this.directory);
		this.speaker = signedIn(TestMembers.member(this.directory, this.pole, Role.SPEAKER));
		this.adminAccount = TestMembers.member(this.directory, this.pole, Role.POLE_ADMIN);
		this.admin = signedIn(this.adminAccount);
		this.firstMember = TestMembers.member(this.directory, this.pole);
		this.courseId = TestMaterial.id("cours");
		this.moduleId = TestMaterial.id("module");
	}

	@Test
	void anUploadWithAProblemNamesFileAndLineAndStoresNothingUntilFixed() {
		Map<String, byte[]> files = files("v-one");
		files.put(this.moduleId + ".yaml", TestMaterial.utf8(TestMaterial.quiz(this.moduleId)
			.replace("        correct: true\n", "")));
		var refused = this.speaker.upload("/speaker/material", "files", "bundle.zip", TestMaterial.zip(files), Map.of());
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains(this.moduleId + ".yaml:")
			.contains("no correct answer")
			.contains("Rien n’a été enregistré");
		assertThat(storedVersions()).isZero();
		assertThat(this.mongo.count(Query.query(Criteria.where("_id").regex("^" + this.courseId)), "material_images"))
			.isZero();

		var stored = this.speaker.upload("/speaker/material", "files", "bundle.zip", bundle("v-one"), Map.of());
		assertThat(stored.redirectsTo("/speaker/material/" + this.courseId + "/versions/1")).isTrue();
		assertThat(storedVersions()).isOne();
	}

	@Test
	void thePreviewIsTheMemberPageWithTheAnswersForTheAuthorOnly() {
		this.speaker.upload("/speaker/material", "files", "bundle.zip", bundle("v-one"), Map.of());
		String version = "/speaker/material/" + this.courseId + "/versions/1";
		assertThat(this.speaker.get(version).body()).contains("Brouillon", "Publier", "Module de test");
		assertThat(this.speaker.get("/speaker/material").body()).contains("Module de test", "Version 1");
		var reader = this.speaker.get(version + "/modules/" + this.moduleId + "/sections/1");
		assertThat(reader.status()).isEqualTo(200);
		assertThat(reader.body()).contains("Première page", "v-one", "Aperçu",
				"src=\"/material/" + this.courseId + "/1/images/schema.png\"");
		var image = this.speaker.download("/material/" + this.courseId + "/1/images/schema.png");
		assertThat(image.statusCode()).isEqualTo(200);
		assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(image.body()).isEqualTo(TestMaterial.PNG);
		var quiz = this.speaker.get(version + "/modules/" + this.moduleId + "/quiz");
		assertThat(quiz.body()).contains("Bonne réponse", "Une clé trouvée peut être piégée.")
			.doesNotContain("name=\"submissionId\"");
		var member = signedIn(this.firstMember);
		assertThat(member.get(version).status()).isEqualTo(403);
		assertThat(member.get("/modules/" + this.moduleId).status()).isEqualTo(404);
		assertThat(member.download("/material/" + this.courseId + "/1/images/schema.png").statusCode()).isEqualTo(404);
		assertThat(this.admin.get(version).status()).as("not offered yet").isEqualTo(404);
	}

	@Test
	void membersFinishTheVersionTheyStartedAndAMinorFixAsksNoRetake() {
		publishAndAccept("v-one");
		var first = signedIn(this.firstMember);
		assertThat(first.get(section(1)).body()).contains("v-one");

		TestMaterial.publish(this.speaker, bundle("v-two"));
		assertThat(first.get(section(1)).body()).as("in progress on version 1").contains("v-one");
		var secondMember = TestMembers.member(this.directory, this.pole);
		var second = signedIn(secondMember);
		assertThat(second.get(section(1)).body()).contains("v-two");

		pass(first);
		assertThat(progress(this.firstMember).getInteger("moduleVersion")).isEqualTo(1);
		assertThat(first.get("/").body()).as("passed version 1, version 2 asks a retake").contains("Nouvelle version");
		pass(second);
		assertThat(progress(secondMember).getInteger("moduleVersion")).isEqualTo(2);

		var draft = this.speaker.upload("/speaker/material", "files", "bundle.zip", bundle("v-three"), Map.of());
		assertThat(this.speaker.post(java.net.URI.create(draft.location()).getPath() + "/publish",
				Map.of("minor", "true")).status()).isEqualTo(302);
		assertThat(this.catalog.module(this.moduleId).orElseThrow().version()).isEqualTo(3);
		assertThat(this.catalog.requiredVersion(this.moduleId)).isEqualTo(2);
		assertThat(second.get("/").body()).as("a minor fix asks no retake").doesNotContain("Nouvelle version");
		assertThat(this.speaker.get("/speaker/material/" + this.courseId + "/versions/1/modules/" + this.moduleId
				+ "/sections/1").body()).as("old versions stay readable").contains("v-one");
		assertThat(this.admin.get("/admin/members/" + this.firstMember.id()).body()).contains("version actuelle");
	}

	@Test
	void withdrawingHidesTheCourseFromNewAssignmentsAndKeepsRecords() {
		publishAndAccept("v-one");
		assertThat(this.catalog.assignable(this.courseId, this.pole.id())).isTrue();
		var first = signedIn(this.firstMember);
		assertThat(first.get(section(1)).status()).isEqualTo(200);
		assertThat(this.admin.post("/admin/material/" + this.courseId + "/withdraw", Map.of())
			.redirectsTo("/admin/material")).isTrue();
		assertThat(this.catalog.assignable(this.courseId, this.pole.id())).isFalse();
		var other = TestMembers.member(this.directory, this.pole);
		assertThat(this.assignments.assign(new Assignments.NewAssignment(other.id(), this.pole.id(),
				other.organisationId(), this.courseId, null, "test", null, null, java.util.List.of())))
			.isEqualTo(Assignments.Outcome.UNCHANGED);
		assertThat(first.get(section(1)).body()).contains("v-one");
		assertThat(first.get("/").body()).contains("Module de test");
		assertThat(signedIn(other).get("/").body()).doesNotContain("Module de test");
	}

	@Test
	void idsOfTheShippedCatalogueAndOfAnotherSpeakerAreRefused() {
		publishAndAccept("v-one");
		var otherSpeaker = signedIn(TestMembers.member(this.directory, this.pole, Role.SPEAKER));
		var taken = otherSpeaker.upload("/speaker/material", "files", "bundle.zip", bundle("pirate"), Map.of());
		assertThat(taken.status()).isEqualTo(422);
		assertThat(taken.body()).contains("is already used by");
		var shipped = otherSpeaker.upload("/speaker/material", "files", "alpha.zip", TestMaterial.zip(Map.of("alpha.md",
				TestMaterial.utf8(TestMaterial.module("alpha", "Pirate", "## P\n\nT.\n")), "alpha.yaml",
				TestMaterial.utf8(TestMaterial.quiz("alpha")))), Map.of());
		assertThat(shipped.status()).isEqualTo(422);
		assertThat(shipped.body()).contains("already in the catalogue");
	}

	@Test
	void qcmExportToGiftForMoodle() {
		var gift = this.admin.download("/speaker/quizzes/alpha.gift");
		assertThat(gift.statusCode()).isEqualTo(200);
		assertThat(gift.headers().firstValue("Content-Disposition").orElseThrow()).contains("alpha.gift");
		assertThat(new String(gift.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("[markdown]", "=Trois", "####");
	}

	@Test
	void anUploadOverTheSizeLimitIsRefusedWithItsReason() {
		var page = this.speaker.upload("/speaker/material", "files", "big.zip", new byte[11_000_000], Map.of());
		assertThat(page.status()).isEqualTo(422);
		assertThat(page.body()).contains("the upload is larger than 10 MB");
		var huge = this.speaker.upload("/speaker/material", "files", "huge.zip", new byte[60_000_000], Map.of());
		assertThat(huge.status()).isEqualTo(413);
		assertThat(huge.body()).contains("trop volumineux");
	}

	private void publishAndAccept(String marker) {
		String version = TestMaterial.publish(this.speaker, bundle(marker));
		assertThat(this.speaker.post("/speaker/material/" + this.courseId + "/offers", Map.of("pole", this.pole.id()))
			.redirectsTo(version)).isTrue();
		assertThat(this.catalog.assignable(this.courseId, this.pole.id())).as("not before the admin accepts").isFalse();
		var mail = new fr.egide.TestOutbox(this.mongo).latestTo(this.adminAccount.email());
		assertThat(mail.getString("subject")).isEqualTo("Support proposé à votre pôle\u00a0: Module de test");
		assertThat(mail.getString("text")).contains("/admin/material");
		assertThat(this.admin.get("/admin/material").body()).contains("Module de test", "Accepter");
		assertThat(this.admin.get(version).body()).as("the admin previews what is offered").contains("Module de test");
		assertThat(this.admin.post("/admin/material/" + this.courseId + "/accept", Map.of())
			.redirectsTo("/admin/material")).isTrue();
		assertThat(this.speaker.get(version).body()).contains("Accepté");
	}

	private void pass(WebClient member) {
		var sheet = member.get("/modules/" + this.moduleId + "/quiz");
		var matcher = SUBMISSION.matcher(sheet.body());
		assertThat(matcher.find()).as(sheet.body()).isTrue();
		var result = member.post("/modules/" + this.moduleId + "/quiz",
				Map.of("submissionId", matcher.group(1), "q.q1", "b", "q.q2", "true"));
		assertThat(result.redirectsTo("/modules/" + this.moduleId + "/quiz/attempts/")).isTrue();
	}

	private Document progress(MemberAccount member) {
		return this.mongo.findById(member.id() + ":" + this.moduleId, Document.class, "progress");
	}

	private long storedVersions() {
		return this.mongo.count(Query.query(Criteria.where("courseId").is(this.courseId)), "material_versions");
	}

	private String section(int number) {
		return "/modules/" + this.moduleId + "/sections/" + number;
	}

	private byte[] bundle(String marker) {
		return TestMaterial.zip(files(marker));
	}

	private Map<String, byte[]> files(String marker) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("course.yaml", TestMaterial.utf8(TestMaterial.course(this.courseId, "Module de test", this.moduleId)));
		files.put(this.moduleId + ".md",
				TestMaterial.utf8(TestMaterial.module(this.moduleId, "Module de test", TestMaterial.body(marker))));
		files.put(this.moduleId + ".yaml", TestMaterial.utf8(TestMaterial.quiz(this.moduleId)));
		files.put("images/schema.png", TestMaterial.PNG);
		return files;
	}

	private WebClient signedIn(MemberAccount member) {
		var web = new WebClient(this.port);
		assertThat(web.login(member.email(), TestMembers.PASSWORD).redirectsTo("/")).isTrue();
		return web;
	}

}
