package fr.egide.learning;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import fr.egide.ApiClient;
import fr.egide.EgideTest;
import fr.egide.TestMembers;
import fr.egide.WebClient;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Organisation.OrganisationType;
import fr.egide.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class AttestationTests {

	/** Today as the attestation prints it: the shared test clock may have been moved by other tests. */
	private String today() {
		return java.time.LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Europe/Paris")))
			.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.FRENCH));
	}

	/** The code as the verification link prints it: pole names hold UUIDs whose digits can look like a code. */
	private static final Pattern CODE = Pattern.compile("/verify/([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\\b");

	private static final String PDF = "/attestations/essentials.pdf";

	@LocalServerPort
	int port;

	@Autowired
	fr.egide.MutableClock clock;

	@Autowired
	Directory directory;

	@Test
	void aMemberWhoPassedEveryModuleDownloadsTheSameAttestationEachTime() throws IOException {
		MemberAccount member = member("Élodie Lefèvre");
		passAlpha(member);
		passBeta(member);
		WebClient web = signedIn(member);

		HttpResponse<byte[]> response = web.download(PDF);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/pdf"));
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"attestation-essentials.pdf\"");
		assertThat(new String(response.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
		String text = text(response.body());
		String code = code(text);
		String pole = this.directory.pole(member.poleId()).orElseThrow().name();
		assertThat(text).contains("Attestation de formation", "Égide", pole, "Élodie Lefèvre",
				"Société d’études " + member.poleId(), "Les essentiels", "Module Alpha", "Module Bêta", "100 %",
				today(), "/verify/" + code);
		assertThat(text).doesNotContain(member.email());

		assertThat(code(text(web.download(PDF).body()))).isEqualTo(code);
		assertThat(web.get("/").body()).contains(PDF);
	}

	@Test
	void anyoneCanVerifyACodeAndSeesOnlyWhatTheAttestationStates() throws IOException {
		MemberAccount member = member("Jérôme Garçon");
		passAlpha(member);
		passBeta(member);
		String code = code(text(signedIn(member).download(PDF).body()));
		WebClient anonymous = new WebClient(this.port);

		var page = anonymous.get("/verify/" + code);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Jérôme Garçon", "Les essentiels", "Module Alpha", "Module Bêta",
				this.directory.pole(member.poleId()).orElseThrow().name());
		assertThat(page.body()).doesNotContain(member.email(), member.id(), "Société d’études");
		assertThat(anonymous.get("/verify/" + code.toLowerCase().replace("-", "")).body()).contains("Jérôme Garçon");

		var unknown = anonymous.get("/verify/ZZZZ-ZZZZ-ZZZZ");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).contains("Aucune attestation ne correspond à ce code");
		assertThat(anonymous.get("/verify/not-a-code").status()).isEqualTo(404);
	}

	@Test
	void noAttestationUntilEveryModuleIsPassed() {
		MemberAccount member = member("Camille Dupont");
		passAlpha(member);
		WebClient web = signedIn(member);
		var refused = web.download(PDF);
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("Cette page n’existe pas");
		assertThat(web.download("/attestations/absent.pdf").statusCode()).isEqualTo(404);
		assertThat(web.get("/").body()).doesNotContain(PDF);
		assertThat(new WebClient(this.port).download(PDF).statusCode()).isEqualTo(302);
	}

	@Test
	void eachMemberOnlyEverGetsTheirOwnAttestation() throws IOException {
		MemberAccount first = member("Anne Première");
		MemberAccount second = member("Bruno Second");
		for (MemberAccount member : new MemberAccount[] { first, second }) {
			passAlpha(member);
			passBeta(member);
		}
		String firstText = text(signedIn(first).download(PDF).body());
		String secondText = text(signedIn(second).download(PDF).body());
		assertThat(firstText).contains("Anne Première").doesNotContain("Bruno Second");
		assertThat(secondText).contains("Bruno Second").doesNotContain("Anne Première");
		assertThat(code(firstText)).isNotEqualTo(code(secondText));
	}

	private MemberAccount member(String name) {
		var pole = TestMembers.pole(this.directory);
		var organisation = this.directory.ensureOrganisation(pole.id(), "Société d’études " + pole.id(),
				OrganisationType.COMPANY);
		return this.directory.createMember(new Directory.NewMember(pole.id(), organisation.id(),
				"a-" + UUID.randomUUID() + "@test.egide", name, TestMembers.PASSWORD, Set.of(Role.MEMBER)));
	}

	private WebClient signedIn(MemberAccount member) {
		WebClient web = new WebClient(this.port);
		assertThat(web.login(member.email(), TestMembers.PASSWORD).redirectsTo("/")).isTrue();
		return web;
	}

	private void passAlpha(MemberAccount member) {
		pass(member, "alpha",
				"{\"q1\": [\"a\"], \"q2\": [\"premiere\", \"deuxieme\"], \"q3\": [\"true\"], \"q4\": [\"a\"], \"q5\": [\"a\"]}");
	}

	private void passBeta(MemberAccount member) {
		pass(member, "beta", "{\"seul\": [\"true\"], \"autre\": [\"a\"]}");
	}

	private void pass(MemberAccount member, String moduleId, String answers) {
		var api = new ApiClient(this.port);
		var response = api.post("/api/modules/" + moduleId + "/quiz/attempts",
				api.token(member.email(), TestMembers.PASSWORD),
				"{\"submissionId\": \"" + UUID.randomUUID() + "\", \"answers\": " + answers + "}");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("passed").asBoolean()).isTrue();
	}

	private static String text(byte[] pdf) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
		}
	}

	private static String code(String text) {
		var matcher = CODE.matcher(text);
		assertThat(matcher.find()).as("a verification code in: %s", text).isTrue();
		return matcher.group(1);
	}

}
