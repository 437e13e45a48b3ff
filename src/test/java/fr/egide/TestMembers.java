package fr.egide;

import java.util.Set;
import java.util.UUID;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Organisation.OrganisationType;
import fr.egide.directory.Pole;
import fr.egide.directory.Role;


/** Creates poles and members with unique names, so tests sharing a context do not collide. */
public final class TestMembers {

	public static final String PASSWORD = "correct-horse-battery";

	private TestMembers() {
	}

	public static Pole pole(Directory directory) {
		return directory.ensurePole("Pôle " + UUID.randomUUID());
	}

	/** The ids a quiz attempt or a page view is recorded under, for this member. */
	public static fr.egide.quiz.Learner learner(MemberAccount member) {
		return new fr.egide.quiz.Learner(member.id(), member.poleId(), member.organisationId());
	}

	public static MemberAccount member(Directory directory, Pole pole, Role... roles) {
		var organisation = directory.ensureOrganisation(pole.id(), "Org " + pole.id(), OrganisationType.COMPANY);
		String email = "m-" + UUID.randomUUID() + "@test.egide";
		return directory.createMember(new Directory.NewMember(pole.id(), organisation.id(), email, "Test " + email,
				PASSWORD, roles.length == 0 ? Set.of(Role.MEMBER) : Set.of(roles)));
	}


}
