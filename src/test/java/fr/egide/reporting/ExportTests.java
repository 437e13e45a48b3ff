package fr.egide.reporting;

import fr.egide.system.CellText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.egide.ApiClient;
import fr.egide.EgideTest;
import fr.egide.TestMembers;
import fr.egide.WebClient;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Organisation;
import fr.egide.directory.Organisation.OrganisationType;
import fr.egide.directory.Pole;
import fr.egide.directory.Role;
import fr.egide.quiz.QuizGrading;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class ExportTests {

	private static final Map<String, List<String>> RIGHT = Map.of("q1", List.of("a"), "q2",
			List.of("premiere", "deuxieme"), "q3", List.of("true"), "q4", List.of("a"), "q5", List.of("a"));

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	QuizGrading grading;

	Pole pole;

	Organisation north;

	Organisation south;

	MemberAccount admin;

	MemberAccount evil;

	MemberAccount passer;

	LocalDate today;

	@Autowired
	java.time.Clock clock;

	@BeforeEach
	void pole() {
		this.pole = TestMembers.pole(this.directory);
		this.north = this.directory.ensureOrganisation(this.pole.id(), "Nord Industries", OrganisationType.COMPANY);
		this.south = this.directory.ensureOrganisation(this.pole.id(), "Sud Labo", OrganisationType.LAB);
		this.admin = TestMembers.member(this.directory, this.pole, Role.POLE_ADMIN);
		this.evil = member(this.north, "=HYPERLINK(\"http://evil\")");
		this.passer = member(this.south, "Zoé Réussite");
		this.grading.submit(TestMembers.learner(this.passer), "alpha", UUID.randomUUID(), RIGHT);
		this.today = LocalDate.ofInstant(this.clock.instant(), ReportFilter.PARIS);
	}

	@Test
	void csvIsForFrenchExcelAndNeutralisesFormulas() {
		var web = signedIn(this.admin);
		var page = web.get("/admin/exports/completion.csv");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).startsWith("\uFEFFMembre;Adresse électronique;Adhérent;Module Alpha — statut;");
		assertThat(page.body()).contains("\r\n\"'=HYPERLINK(\"\"http://evil\"\")\";" + this.evil.email() + ";Nord Industries;Non commencé;");
		assertThat(page.body()).contains("Zoé Réussite;" + this.passer.email() + ";Sud Labo;Réussi;100;"
				+ this.today + ";1;");
		assertThat(web.get("/admin").body()).contains("/admin/exports/completion.xlsx?pole=" + this.pole.id());
	}

	@Autowired
	CompletionExport completionExport;

	@Test
	void rowsFollowTheMembersNamesAcrossBlocksReadInKeyOrder() {
		List<String> names = List.of("Yves Martin", "Élodie Abel", "Bruno Petit", "Chloé Durand", "Agnès Morel",
				"Xavier Roux", "Denis Faure");
		names.forEach(name -> member(this.north, name));
		this.completionExport.block = 3;
		try {
			var csv = signedIn(this.admin).get("/admin/exports/completion.csv?organisation=" + this.north.id()).body();
			List<String> shown = csv.lines().skip(1).map(line -> line.substring(0, line.indexOf(';'))).toList();
			assertThat(shown).containsExactly("\"'=HYPERLINK(\"\"http://evil\"\")\"", "Agnès Morel", "Bruno Petit",
					"Chloé Durand", "Denis Faure", "Élodie Abel", "Xavier Roux", "Yves Martin");
		}
		finally {
			this.completionExport.block = CompletionExport.BLOCK;
		}
	}

	@Test
	void filtersByOrganisationStatusAndPeriod() {
		var web = signedIn(this.admin);
		String north = web.get("/admin/exports/completion.csv?organisation=" + this.north.id()).body();
		assertThat(north).contains("HYPERLINK").doesNotContain("Zoé Réussite");
		String passed = web.get("/admin/exports/completion.csv?status=passed&course=essentials").body();
		assertThat(passed).contains("Zoé Réussite").doesNotContain("HYPERLINK").doesNotContain(this.admin.email());
		String later = web.get("/admin/exports/completion.csv?status=PASSED&from=" + this.today.plusDays(1)).body();
		assertThat(later.lines()).hasSize(1);
		String attempts = web.get("/admin/exports/attempts.csv?to=" + this.today).body();
		assertThat(attempts).startsWith("\uFEFFMembre;Adresse électronique;Adhérent;Module;Version;")
			.contains("Zoé Réussite;" + this.passer.email() + ";Sud Labo;Module Alpha;1;100;")
			.contains(";oui;" + this.today + " ");
		assertThat(web.get("/admin/exports/attempts.csv?from=" + this.today.plusDays(1)).body().lines()).hasSize(1);
		assertThat(web.get("/admin/exports/completion.csv?organisation=" + UUID.randomUUID()).status())
			.isEqualTo(404);
	}

	@Test
	void apiTwinGivesAnXlsxWithABoldFrozenHeaderAndDates() throws IOException {
		String token = new ApiClient(this.port).token(this.admin.email(), TestMembers.PASSWORD);
		var response = download("/api/admin/exports/completion.xlsx?pole=" + this.pole.id(), token);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains(
				"egide-completion-" + ExportDownload.slug(this.pole.name()) + "-" + this.today + ".xlsx");
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("Membre");
			assertThat(rows.get(0).getCellText(3)).isEqualTo("Module Alpha — statut");
			assertThat(rows).hasSize(4);
			Row zoe = rows.stream().filter(row -> row.getCellText(0).equals("Zoé Réussite")).findFirst().orElseThrow();
			assertThat(zoe.getCellAsNumber(4).orElseThrow().intValue()).isEqualTo(100);
			assertThat(zoe.getCellAsDate(5).orElseThrow().toLocalDate()).isEqualTo(this.today);
			assertThat(rows.stream().map(row -> row.getCellText(0))).contains("'=HYPERLINK(\"http://evil\")");
		}
		var attempts = download("/api/admin/exports/attempts.xlsx", token);
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(attempts.body()))) {
			assertThat(workbook.getFirstSheet().read()).hasSize(2);
		}
	}

	@Test
	void onlyThisPolesAdminsMayExport() {
		var other = TestMembers.member(this.directory, TestMembers.pole(this.directory), Role.POLE_ADMIN);
		assertThat(signedIn(other).get("/admin/exports/completion.csv?pole=" + this.pole.id()).status())
			.isEqualTo(404);
		assertThat(signedIn(this.passer).get("/admin/exports/completion.csv").status()).isEqualTo(403);
		var api = new ApiClient(this.port);
		String token = api.token(other.email(), TestMembers.PASSWORD);
		assertThat(api.get("/api/admin/exports/attempts.csv?pole=" + this.pole.id(), token).status()).isEqualTo(404);
		String memberToken = api.token(this.passer.email(), TestMembers.PASSWORD);
		assertThat(api.get("/api/admin/exports/completion.csv", memberToken).status()).isEqualTo(403);
	}

	@Test
	void aBadFilterIsA400WithItsReason() {
		var api = new ApiClient(this.port);
		String token = api.token(this.admin.email(), TestMembers.PASSWORD);
		var response = api.get("/api/admin/exports/completion.csv?from=31/03/2026", token);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("message").asString()).contains("'from'").contains("2026-03-31");
		assertThat(api.get("/api/admin/exports/completion.csv?status=DONE", token).status()).isEqualTo(400);
		assertThat(api.get("/api/admin/exports/completion.csv?from=2026-03-05&to=2026-03-01", token).status())
			.isEqualTo(400);
		assertThat(signedIn(this.admin).get("/admin/exports/attempts.csv?from=hier").status()).isEqualTo(400);
	}

	private MemberAccount member(Organisation organisation, String name) {
		return this.directory.createMember(new Directory.NewMember(this.pole.id(), organisation.id(),
				"x-" + UUID.randomUUID() + "@test.egide", name, TestMembers.PASSWORD, Set.of(Role.MEMBER)));
	}

	private WebClient signedIn(MemberAccount member) {
		var web = new WebClient(this.port);
		assertThat(web.login(member.email(), TestMembers.PASSWORD).redirectsTo("/")).isTrue();
		return web;
	}

	private HttpResponse<byte[]> download(String path, String token) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("Authorization", "Bearer " + token)
					.header("Accept-Language", "fr")
					.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
