package fr.egide.onboarding;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What an invitation CSV file holds: its rows, or no rows and the problems that make the whole
 * file unusable, with the encoding and delimiter it was read with.
 */
record ParsedInvitations(List<InvitationRow> rows, List<CsvProblem> fileProblems, Charset charset,
		char delimiter) {

	ParsedInvitations {
		rows = List.copyOf(rows);
		fileProblems = List.copyOf(fileProblems);
	}

	static ParsedInvitations refused(Charset charset, char delimiter, CsvProblem problem) {
		return new ParsedInvitations(List.of(), List.of(problem), charset, delimiter);
	}

	boolean hasProblems() {
		return !this.fileProblems.isEmpty() || this.rows.stream().anyMatch(row -> !row.valid());
	}

}
