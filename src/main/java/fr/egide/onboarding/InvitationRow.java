package fr.egide.onboarding;

import java.util.List;

import fr.egide.directory.Role;

/**
 * One person to invite, as read from a CSV line, kept with its problems so a preview can show
 * them all. Text fields are never null (empty when absent); {@code role} is null only when the
 * file gave one that is refused.
 */
record InvitationRow(int line, String email, String displayName, Role role, String organisationName,
		List<CsvProblem> problems) {

	InvitationRow {
		problems = List.copyOf(problems);
	}

	public boolean valid() {
		return this.problems.isEmpty();
	}

}
