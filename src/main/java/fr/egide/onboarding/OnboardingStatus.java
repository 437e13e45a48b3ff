package fr.egide.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Organisation;
import fr.egide.learning.AssignmentView;
import fr.egide.learning.Assignments;

import org.springframework.stereotype.Component;

/**
 * Where each person of a new adherent stands: invited, joined, charter acknowledged,
 * onboarding completed, and whether they are late.
 */
@Component
class OnboardingStatus {

	private final Directory directory;

	private final Invitations invitations;

	private final Charters charters;

	private final Assignments assignments;

	private final Clock clock;

	OnboardingStatus(Directory directory, Invitations invitations, Charters charters, Assignments assignments,
			Clock clock) {
		this.directory = directory;
		this.invitations = invitations;
		this.charters = charters;
		this.assignments = assignments;
		this.clock = clock;
	}

	/** The steps in order; a person is at the furthest one reached. */
	enum Stage {

		REVOKED, EXPIRED, INVITED, JOINED, ACKNOWLEDGED, COMPLETED

	}

	/** One person: an invitation not yet used, or a member. */
	record Row(String invitationId, MemberAccount member, String name, String email, Stage stage, LocalDate dueOn,
			boolean overdue) {
	}

	record Summary(long invited, long joined, long acknowledged, long completed, long overdue) {
	}

	List<Row> rows(Organisation organisation) {
		List<MemberAccount> members = this.directory.membersOf(organisation)
			.stream()
			.filter(member -> !member.erased())
			.toList();
		List<String> ids = members.stream().map(MemberAccount::id).toList();
		var acknowledged = this.charters.acknowledgedAmong(organisation.poleId(), ids);
		var assigned = this.assignments.forMembers(ids);
		List<Row> rows = new ArrayList<>();
		var now = this.clock.instant();
		this.invitations.forOrganisation(organisation)
			.stream()
			.filter(invitation -> invitation.status() != Invitation.Status.ACCEPTED)
			.forEach(invitation -> rows.add(new Row(invitation.id(), null, invitation.displayName(), invitation.email(),
					invitation.status() == Invitation.Status.REVOKED ? Stage.REVOKED
							: invitation.expiredAt(now) ? Stage.EXPIRED : Stage.INVITED,
					null, false)));
		for (MemberAccount member : members) {
			List<AssignmentView> track = assigned.getOrDefault(member.id(), List.of());
			boolean completed = !track.isEmpty() && track.stream().allMatch(AssignmentView::done);
			Stage stage = completed ? Stage.COMPLETED
					: acknowledged.contains(member.id()) ? Stage.ACKNOWLEDGED : Stage.JOINED;
			LocalDate due = track.stream()
				.filter(view -> !view.done())
				.map(AssignmentView::dueOn)
				.filter(Objects::nonNull)
				.min(Comparator.naturalOrder())
				.orElse(null);
			rows.add(new Row(null, member, member.displayName(), member.email(), stage, due,
					track.stream().anyMatch(AssignmentView::overdue)));
		}
		return rows;
	}

	static Summary summary(List<Row> rows) {
		return new Summary(rows.stream().filter(row -> row.stage() == Stage.INVITED).count(),
				rows.stream().filter(row -> row.member() != null).count(),
				rows.stream().filter(row -> row.stage().compareTo(Stage.ACKNOWLEDGED) >= 0).count(),
				rows.stream().filter(row -> row.stage() == Stage.COMPLETED).count(),
				rows.stream().filter(Row::overdue).count());
	}

}
