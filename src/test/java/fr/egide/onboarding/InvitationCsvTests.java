package fr.egide.onboarding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.egide.directory.Role;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationCsvTests {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	@Test
	void readsUtf8CommaFile() {
		var parsed = parse("email,name,role,organisation\n"
				+ " Alice.Martin@Example.FR , Alice   Martin ,speaker,ACME\n"
				+ "bob@example.fr,Bob Durand,,\n");

		assertThat(parsed.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(parsed.delimiter()).isEqualTo(',');
		assertThat(parsed.hasProblems()).isFalse();
		assertThat(parsed.rows()).containsExactly(
				new InvitationRow(2, "alice.martin@example.fr", "Alice Martin", Role.SPEAKER, "ACME", List.of()),
				new InvitationRow(3, "bob@example.fr", "Bob Durand", Role.MEMBER, "", List.of()));
	}

	@Test
	void readsWindows1252SemicolonFileFromFrenchExcel() {
		byte[] content = ("Courriel;Nom complet;Rôle;Adhérent\r\n"
				+ "helene@example.fr;Hélène Dupré;Administrateur;Société Générale d’Études\r\n")
			.getBytes(WINDOWS_1252);

		var parsed = InvitationCsv.parse(content, 10);

		assertThat(parsed.charset()).isEqualTo(WINDOWS_1252);
		assertThat(parsed.delimiter()).isEqualTo(';');
		assertThat(parsed.rows()).singleElement().satisfies(row -> {
			assertThat(row.displayName()).isEqualTo("Hélène Dupré");
			assertThat(row.role()).isEqualTo(Role.POLE_ADMIN);
			assertThat(row.organisationName()).isEqualTo("Société Générale d’Études");
			assertThat(row.valid()).isTrue();
		});
	}

	@Test
	void stripsUtf8ByteOrderMark() {
		byte[] text = "Adresse électronique;Nom\nzoe@example.fr;Zoé Lefèvre\n".getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[text.length + 3];
		content[0] = (byte) 0xEF;
		content[1] = (byte) 0xBB;
		content[2] = (byte) 0xBF;
		System.arraycopy(text, 0, content, 3, text.length);

		var parsed = InvitationCsv.parse(content, 10);

		assertThat(parsed.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(parsed.fileProblems()).isEmpty();
		assertThat(parsed.rows()).extracting(InvitationRow::displayName).containsExactly("Zoé Lefèvre");
	}

	@Test
	void detectsTabDelimiter() {
		var parsed = parse("E-mail\tFull name\nann@example.fr\tAnn Smith, PhD\n");

		assertThat(parsed.delimiter()).isEqualTo('\t');
		assertThat(parsed.rows()).extracting(InvitationRow::displayName).containsExactly("Ann Smith, PhD");
	}

	@Test
	void quotedFieldsMayHoldTheDelimiterAndSpanLines() {
		var parsed = parse("email;nom complet;organisation\n"
				+ "jean@example.fr;\"Dupont; Jean\";\"ACME\nBâtiment B\"\n"
				+ "bob@example.fr;Bob Durand;Zeta\n"
				+ "cy@example.fr;\"Cy \"\"Le Grand\"\"\";\n");

		assertThat(parsed.hasProblems()).isFalse();
		assertThat(parsed.rows()).extracting(InvitationRow::line).containsExactly(2, 4, 5);
		assertThat(parsed.rows()).extracting(InvitationRow::displayName)
			.containsExactly("Dupont; Jean", "Bob Durand", "Cy \"Le Grand\"");
		assertThat(parsed.rows().get(0).organisationName()).isEqualTo("ACME Bâtiment B");
	}

	@Test
	void reportsBadAndMissingEmailsButKeepsTheRows() {
		String tooLong = "a".repeat(250) + "@x.fr";
		var parsed = parse("email,name\n" + "pas-une-adresse,A\n" + "a@localhost,B\n" + "a b@example.fr,C\n"
				+ "a@@example.fr,D\n" + "a@example..fr,E\n" + tooLong + ",F\n" + ",G\n" + "ok@example.fr,H\n");

		assertThat(parsed.fileProblems()).isEmpty();
		assertThat(parsed.hasProblems()).isTrue();
		assertThat(parsed.rows()).extracting(InvitationRow::problems)
			.containsExactly(List.of(CsvProblem.of("csv.bad-email", "pas-une-adresse")),
					List.of(CsvProblem.of("csv.bad-email", "a@localhost")),
					List.of(CsvProblem.of("csv.bad-email", "a b@example.fr")),
					List.of(CsvProblem.of("csv.bad-email", "a@@example.fr")),
					List.of(CsvProblem.of("csv.bad-email", "a@example..fr")),
					List.of(CsvProblem.of("csv.bad-email", tooLong)), List.of(CsvProblem.of("csv.missing-email")),
					List.of());
	}

	@Test
	void duplicatePointsAtTheFirstLine() {
		var parsed = parse("email,name\nann@example.fr,Ann\nbob@example.fr,Bob\nANN@example.fr ,Ann again\n");

		assertThat(parsed.rows().get(0).valid()).isTrue();
		assertThat(parsed.rows().get(2).line()).isEqualTo(4);
		assertThat(parsed.rows().get(2).problems()).containsExactly(CsvProblem.of("csv.duplicate", 2));
	}

	@Test
	void refusesUnknownRolesAndPlatformAdmin() {
		var parsed = parse("email,name,rôle\n" + "a@example.fr,A,Intervenante\n" + "b@example.fr,B,pole_admin\n"
				+ "c@example.fr,C,chef\n" + "d@example.fr,D,PLATFORM_ADMIN\n" + "e@example.fr,E, Membre \n");

		assertThat(parsed.rows()).extracting(InvitationRow::role)
			.containsExactly(Role.SPEAKER, Role.POLE_ADMIN, null, null, Role.MEMBER);
		assertThat(parsed.rows().get(2).problems()).containsExactly(CsvProblem.of("csv.bad-role", "chef"));
		assertThat(parsed.rows().get(3).problems())
			.containsExactly(CsvProblem.of("csv.bad-role", "PLATFORM_ADMIN"));
	}

	@Test
	void joinsFirstAndLastNameColumns() {
		var parsed = parse("Prénom;NOM;Courriel;Téléphone\n" + "Jean ; Dupont;jean@example.fr;0600000000\n"
				+ ";Martin;martin@example.fr;\n" + ";;nobody@example.fr;\n");

		assertThat(parsed.rows()).extracting(InvitationRow::displayName).containsExactly("Jean Dupont", "Martin", "");
		assertThat(parsed.rows().get(2).problems()).containsExactly(CsvProblem.of("csv.missing-name"));
	}

	@Test
	void refusesNamesLongerThan120Characters() {
		var parsed = parse("email,name\na@example.fr," + "x".repeat(120) + "\nb@example.fr," + "x".repeat(121) + "\n");

		assertThat(parsed.rows().get(0).valid()).isTrue();
		assertThat(parsed.rows().get(1).problems()).containsExactly(CsvProblem.of("csv.name-too-long", 120));
	}

	@Test
	void refusesFilesWithoutTheNeededColumns() {
		assertRefused(parse("Nom;Prénom;Téléphone\nDupont;Jean;06\n"), CsvProblem.of("csv.no-email-column"));
		assertRefused(parse("Courriel;Prénom\njean@example.fr;Jean\n"), CsvProblem.of("csv.no-name-column"));
		assertRefused(parse("jean@example.fr;Jean Dupont\nann@example.fr;Ann\n"), CsvProblem.of("csv.no-header"));
		assertRefused(parse("email,name\n\n"), CsvProblem.of("csv.no-rows"));
	}

	@Test
	void reportsTheLineOfAnUnbalancedQuote() {
		var parsed = parse("email,name\nann@example.fr,Ann\nbob@example.fr,\"Bob\ncy@example.fr,Cy\n");

		assertRefused(parsed, CsvProblem.of("csv.malformed", 3));
	}

	@Test
	void reportsTheLineOfTextAfterAClosingQuote() {
		var parsed = parse("email,name\n\nann@example.fr,\"Ann\"x\n");

		assertRefused(parsed, CsvProblem.of("csv.malformed", 3));
	}

	@Test
	void refusesMoreRowsThanTheCap() {
		String header = "email,name\n";
		String rows = "a@example.fr,A\nb@example.fr,B\nc@example.fr,C\n";

		assertRefused(InvitationCsv.parse((header + rows).getBytes(StandardCharsets.UTF_8), 2),
				CsvProblem.of("csv.too-many-rows", 2));
		assertThat(InvitationCsv.parse((header + rows).getBytes(StandardCharsets.UTF_8), 3).rows()).hasSize(3);
	}

	@Test
	void refusesEmptyAndTooLargeFiles() {
		assertRefused(InvitationCsv.parse(new byte[0], 10), CsvProblem.of("csv.empty"));
		assertRefused(parse("\r\n  \r\n"), CsvProblem.of("csv.empty"));
		assertRefused(InvitationCsv.parse(new byte[InvitationCsv.MAX_BYTES + 1], 10),
				CsvProblem.of("csv.too-large", 1));
	}

	@Test
	void skipsBlankLinesButKeepsPhysicalLineNumbers() {
		var parsed = parse("email,name\r\n\r\nann@example.fr,Ann\r\n   \r\n,,\r\n\r\nbob@example.fr,Bob");

		assertThat(parsed.hasProblems()).isFalse();
		assertThat(parsed.rows()).extracting(InvitationRow::line).containsExactly(3, 7);
	}

	private static ParsedInvitations parse(String csv) {
		return InvitationCsv.parse(csv.getBytes(StandardCharsets.UTF_8), 500);
	}

	private static void assertRefused(ParsedInvitations parsed, CsvProblem problem) {
		assertThat(parsed.rows()).isEmpty();
		assertThat(parsed.fileProblems()).containsExactly(problem);
		assertThat(parsed.hasProblems()).isTrue();
	}

}
