package fr.egide.scheduling;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.egide.directory.MemberAccount;
import fr.egide.directory.Organisation;
import fr.egide.onboarding.CsvRecords;
import fr.egide.onboarding.CsvText;

/**
 * Reads an event's participants from a CSV file with an {@code email} column, an
 * {@code organisation} column, or both: each row names a member of the pole by e-mail or an
 * adherent organisation by name. Every row must match; otherwise nothing is taken.
 */
final class ParticipantsCsv {

	static final int MAX_BYTES = 512 * 1024;

	static final int MAX_ROWS = 5000;

	private ParticipantsCsv() {
	}

	/** A problem: the line (0 for the file) and a message key with its argument. */
	record Problem(int line, String key, String value) {
	}

	/** What the file names, or the problems that kept it from being used. */
	record Result(Set<String> organisationIds, Set<String> memberIds, List<Problem> problems) {

		boolean valid() {
			return this.problems.isEmpty();
		}

	}

	static Result read(byte[] content, List<Organisation> organisations, Function<String, MemberAccount> memberByEmail) {
		if (content.length == 0) {
			return refused(new Problem(0, "participants.csv.empty", ""));
		}
		if (content.length > MAX_BYTES) {
			return refused(new Problem(0, "participants.csv.too-large", ""));
		}
		CsvText text = CsvText.decode(content);
		List<CsvRecords.Line> lines;
		try {
			lines = CsvRecords.read(text.text(), text.delimiter(), MAX_ROWS + 2L);
		}
		catch (CsvRecords.MalformedCsvException ex) {
			return refused(new Problem(ex.line(), "participants.csv.malformed", ""));
		}
		if (lines.isEmpty()) {
			return refused(new Problem(0, "participants.csv.empty", ""));
		}
		if (lines.size() - 1 > MAX_ROWS) {
			return refused(new Problem(0, "participants.csv.too-many", String.valueOf(MAX_ROWS)));
		}
		List<String> header = lines.get(0).values().stream().map(ParticipantsCsv::key).toList();
		int email = header.indexOf("email");
		int organisation = firstOf(header, "organisation", "organisme", "adherent", "entreprise");
		if (email < 0 && organisation < 0) {
			return refused(new Problem(lines.get(0).number(), "participants.csv.columns", ""));
		}
		Map<String, Organisation> byName = organisations.stream()
			.collect(Collectors.toMap(org -> key(org.name()), org -> org, (first, second) -> first));
		Set<String> organisationIds = new LinkedHashSet<>();
		Set<String> memberIds = new LinkedHashSet<>();
		List<Problem> problems = new ArrayList<>();
		for (CsvRecords.Line line : lines.subList(1, lines.size())) {
			String address = cell(line, email);
			String name = cell(line, organisation);
			if (!address.isEmpty()) {
				MemberAccount member = memberByEmail.apply(address);
				if (member == null) {
					problems.add(new Problem(line.number(), "participants.csv.unknown-member", address));
				}
				else {
					memberIds.add(member.id());
				}
			}
			else if (!name.isEmpty()) {
				Organisation found = byName.get(key(name));
				if (found == null) {
					problems.add(new Problem(line.number(), "participants.csv.unknown-organisation", name));
				}
				else {
					organisationIds.add(found.id());
				}
			}
		}
		return new Result(organisationIds, memberIds, List.copyOf(problems));
	}

	private static Result refused(Problem problem) {
		return new Result(Set.of(), Set.of(), List.of(problem));
	}

	private static int firstOf(List<String> header, String... names) {
		for (String name : names) {
			if (header.contains(name)) {
				return header.indexOf(name);
			}
		}
		return -1;
	}

	private static String cell(CsvRecords.Line line, int column) {
		if (column < 0 || column >= line.values().size()) {
			return "";
		}
		String value = line.values().get(column).strip();
		return value.length() > 254 ? value.substring(0, 254) : value;
	}

	/** Lowercase, accents and surrounding spaces removed: "Adhérent " matches "adherent". */
	static String key(String text) {
		String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").replace("e mail", "email").replace("courriel", "email");
	}

}
