package fr.egide.onboarding;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.egide.directory.Role;

/**
 * Reads the file a pole admin uploads to invite many people at once, as saved by Excel (French
 * or not) or LibreOffice, into rows a preview can show before anything is sent.
 */
final class InvitationCsv {

	static final int MAX_BYTES = 1024 * 1024;

	static final int MAX_NAME_LENGTH = 120;

	private static final int MAX_EMAIL_LENGTH = 254;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;\"]+@[^@\\s<>,;\".]+(\\.[^@\\s<>,;\".]+)+");

	private InvitationCsv() {
	}

	/** Every row, or none when the file itself is unusable; at most {@code maxRows} data rows are accepted. */
	static ParsedInvitations parse(byte[] content, int maxRows) {
		if (content.length > MAX_BYTES) {
			return ParsedInvitations.refused(StandardCharsets.UTF_8, ',', CsvProblem.of("csv.too-large", 1));
		}
		CsvText decoded = CsvText.decode(content);
		char delimiter = decoded.delimiter();
		List<Line> lines;
		try {
			lines = read(decoded.text(), delimiter, maxRows + 2L);
		}
		catch (Malformed ex) {
			return ParsedInvitations.refused(decoded.charset(), delimiter, CsvProblem.of("csv.malformed", ex.line));
		}
		CsvProblem problem = fileProblem(lines, maxRows);
		if (problem != null) {
			return ParsedInvitations.refused(decoded.charset(), delimiter, problem);
		}
		InvitationColumns columns = InvitationColumns.of(lines.get(0).values());
		Map<String, Integer> firstLines = new HashMap<>();
		List<InvitationRow> rows = lines.subList(1, lines.size())
			.stream()
			.map(line -> row(line, columns, firstLines))
			.toList();
		return new ParsedInvitations(rows, List.of(), decoded.charset(), delimiter);
	}

	private static CsvProblem fileProblem(List<Line> lines, int maxRows) {
		if (lines.isEmpty()) {
			return CsvProblem.of("csv.empty");
		}
		List<String> header = lines.get(0).values();
		CsvProblem columns = InvitationColumns.of(header).problem(header).orElse(null);
		if (columns != null) {
			return columns;
		}
		if (lines.size() == 1) {
			return CsvProblem.of("csv.no-rows");
		}
		return (lines.size() - 1 > maxRows) ? CsvProblem.of("csv.too-many-rows", maxRows) : null;
	}

	private static InvitationRow row(Line line, InvitationColumns columns, Map<String, Integer> firstLines) {
		List<CsvProblem> problems = new ArrayList<>();
		String email = columns.email(line.values());
		emailProblem(email, line.number(), firstLines).ifPresent(problems::add);
		String name = columns.name(line.values());
		if (name.isEmpty()) {
			problems.add(CsvProblem.of("csv.missing-name"));
		}
		else if (name.length() > MAX_NAME_LENGTH) {
			problems.add(CsvProblem.of("csv.name-too-long", MAX_NAME_LENGTH));
		}
		String roleText = columns.role(line.values());
		Role role = role(roleText);
		if (role == null) {
			problems.add(CsvProblem.of("csv.bad-role", roleText));
		}
		return new InvitationRow(line.number(), email, name, role, columns.organisation(line.values()), problems);
	}

	/** What is wrong with a row's normalised address; {@code firstLines} remembers where each valid one was seen. */
	private static Optional<CsvProblem> emailProblem(String email, int line, Map<String, Integer> firstLines) {
		if (email.isEmpty()) {
			return Optional.of(CsvProblem.of("csv.missing-email"));
		}
		if (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
			return Optional.of(CsvProblem.of("csv.bad-email", email));
		}
		Integer first = firstLines.putIfAbsent(email, line);
		return Optional.ofNullable(first).map(firstLine -> CsvProblem.of("csv.duplicate", firstLine));
	}

	/** The role a cell names, empty meaning member; null for anything else, platform admin included. */
	private static Role role(String text) {
		return switch (InvitationColumns.key(text)) {
			case "", "membre", "member" -> Role.MEMBER;
			case "intervenant", "intervenante", "speaker" -> Role.SPEAKER;
			case "administrateur", "administratrice", "administrator", "admin", "poleadmin" -> Role.POLE_ADMIN;
			default -> null;
		};
	}

	private static List<Line> read(String text, char delimiter, long limit) {
		try {
			return CsvRecords.read(text, delimiter, limit)
				.stream()
				.map(line -> new Line(line.number(), line.values()))
				.toList();
		}
		catch (CsvRecords.MalformedCsvException ex) {
			throw new Malformed(ex.line());
		}
	}

	private record Line(int number, List<String> values) {
	}

	/** The record starting on this line cannot be read, typically because of an unbalanced quote. */
	private static final class Malformed extends RuntimeException {

		private final int line;

		Malformed(int line) {
			super(null, null, false, false);
			this.line = line;
		}

	}

}
