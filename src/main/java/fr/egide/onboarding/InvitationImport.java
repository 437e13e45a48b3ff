package fr.egide.onboarding;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.egide.directory.Directory;
import fr.egide.directory.Organisation;
import fr.egide.directory.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded CSV file into a preview: the parser's problems plus those only the pole
 * knows (unknown organisation, already a member, already invited). Nothing is created here.
 */
@Component
class InvitationImport {

	private final Directory directory;

	private final Invitations invitations;

	private final int maxRows;

	InvitationImport(Directory directory, Invitations invitations,
			@Value("${egide.invitations.max-rows:500}") int maxRows) {
		this.directory = directory;
		this.invitations = invitations;
		this.maxRows = maxRows;
	}

	/** A row checked against the pole, with the organisation it resolved to. */
	record CheckedRow(InvitationRow row, Organisation organisation, List<CsvProblem> problems) {

		public boolean valid() {
			return this.problems.isEmpty();
		}

	}

	/** The whole preview; {@code planned} is what a confirmation would create. */
	record Preview(List<CsvProblem> fileProblems, List<CheckedRow> rows, List<Planned> planned, String charset,
			char delimiter) {

		public long invalidCount() {
			return this.rows.stream().filter(row -> !row.valid()).count();
		}

	}

	/** One invitation to send on confirmation; kept in the admin's session between the two steps. */
	record Planned(String organisationId, String email, String displayName, Role role) implements Serializable {
	}

	List<Organisation> organisations(String poleId) {
		return this.directory.organisations(poleId);
	}

	int maxRows() {
		return this.maxRows;
	}

	Preview preview(String poleId, byte[] content, Organisation defaultOrganisation) {
		ParsedInvitations parsed = InvitationCsv.parse(content, this.maxRows);
		Map<String, Organisation> byName = new HashMap<>();
		this.directory.organisations(poleId).forEach(o -> byName.put(key(o.name()), o));
		List<CheckedRow> rows = new ArrayList<>();
		List<Planned> planned = new ArrayList<>();
		for (InvitationRow row : parsed.rows()) {
			List<CsvProblem> problems = new ArrayList<>(row.problems());
			Organisation organisation = row.organisationName().isBlank() ? defaultOrganisation
					: byName.get(key(row.organisationName()));
			if (organisation == null) {
				problems.add(row.organisationName().isBlank() ? CsvProblem.of("csv.missing-organisation")
						: CsvProblem.of("csv.unknown-organisation", row.organisationName()));
			}
			if (problems.isEmpty()) {
				this.invitations.problem(poleId, row.email(), row.role()).ifPresent(code -> problems.add(CsvProblem.of(code)));
			}
			rows.add(new CheckedRow(row, organisation, List.copyOf(problems)));
			if (problems.isEmpty()) {
				planned.add(new Planned(organisation.id(), row.email(), row.displayName(), row.role()));
			}
		}
		return new Preview(parsed.fileProblems(), rows, planned, parsed.charset().displayName(), parsed.delimiter());
	}

	private static String key(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
