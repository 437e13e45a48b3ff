package fr.egide.onboarding;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the useful columns of an invitation file are, found from its header whatever the case,
 * accents, spacing or punctuation of the names; -1 marks a column the file does not have.
 */
record InvitationColumns(int email, int fullName, int firstName, int lastName, int role, int organisation) {

	private static final Set<String> EMAIL = Set.of("email", "courriel", "mail", "adresseemail", "adressemail",
			"adressecourriel", "adresseelectronique");

	private static final Set<String> FULL_NAME = Set.of("nomcomplet", "name", "fullname", "nomprenom", "prenomnom",
			"nometprenom", "prenometnom");

	private static final Set<String> FIRST_NAME = Set.of("prenom", "firstname");

	private static final Set<String> LAST_NAME = Set.of("nom", "lastname", "nomdefamille");

	private static final Set<String> ROLE = Set.of("role");

	private static final Set<String> ORGANISATION = Set.of("organisation", "organization", "entreprise",
			"structure", "adherent", "societe");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

	static InvitationColumns of(List<String> header) {
		return new InvitationColumns(find(header, EMAIL), find(header, FULL_NAME), find(header, FIRST_NAME),
				find(header, LAST_NAME), find(header, ROLE), find(header, ORGANISATION));
	}

	/** Why these columns cannot be read, if they cannot. */
	Optional<CsvProblem> problem(List<String> header) {
		if (this.email < 0) {
			boolean looksLikeData = header.stream().anyMatch(name -> name.contains("@"));
			return Optional.of(CsvProblem.of(looksLikeData ? "csv.no-header" : "csv.no-email-column"));
		}
		if (this.fullName < 0 && this.lastName < 0) {
			return Optional.of(CsvProblem.of("csv.no-name-column"));
		}
		return Optional.empty();
	}

	String email(List<String> values) {
		return value(values, this.email).toLowerCase(Locale.ROOT);
	}

	/** The full name column when filled in, otherwise "first last". */
	String name(List<String> values) {
		String full = value(values, this.fullName);
		return full.isEmpty() ? clean(value(values, this.firstName) + " " + value(values, this.lastName)) : full;
	}

	String role(List<String> values) {
		return value(values, this.role);
	}

	String organisation(List<String> values) {
		return value(values, this.organisation);
	}

	/** A header or value reduced to lowercase unaccented letters and digits, so "Adresse E-mail" is "adresseemail". */
	static String key(String text) {
		String unaccented = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		return NOT_ALPHANUMERIC.matcher(unaccented.toLowerCase(Locale.ROOT)).replaceAll("");
	}

	/** Stripped, with every run of spaces (no-break ones included) made one space. */
	static String clean(String text) {
		return SPACES.matcher(text).replaceAll(" ").strip();
	}

	private static String value(List<String> values, int column) {
		return (column >= 0 && column < values.size()) ? clean(values.get(column)) : "";
	}

	private static int find(List<String> header, Set<String> names) {
		for (int column = 0; column < header.size(); column++) {
			if (names.contains(key(header.get(column)))) {
				return column;
			}
		}
		return -1;
	}

}
