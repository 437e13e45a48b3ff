package fr.egide.onboarding;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Organisation;
import fr.egide.directory.Role;
import fr.egide.security.EgideUser;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finds what an admin asks for by id, only inside the pole they administer (any pole for a
 * platform admin). Anything else is "not found", so ids of other poles reveal nothing.
 */
@Component
class ScopedLookups {

	private final Directory directory;

	private final Invitations invitations;

	ScopedLookups(Directory directory, Invitations invitations) {
		this.directory = directory;
		this.invitations = invitations;
	}

	Organisation organisation(EgideUser admin, String id) {
		var found = admin.has(Role.PLATFORM_ADMIN) ? this.directory.organisation(id)
				: this.directory.organisation(poleOf(admin), id);
		return found.orElseThrow(ScopedLookups::notFound);
	}

	MemberAccount member(EgideUser admin, String id) {
		var found = admin.has(Role.PLATFORM_ADMIN) ? this.directory.member(id)
				: this.directory.member(poleOf(admin), id);
		return found.filter(member -> !member.has(Role.PLATFORM_ADMIN)).orElseThrow(ScopedLookups::notFound);
	}

	Invitation invitation(EgideUser admin, String id) {
		var found = admin.has(Role.PLATFORM_ADMIN) ? this.invitations.byId(id)
				: this.invitations.inPole(poleOf(admin), id);
		return found.orElseThrow(ScopedLookups::notFound);
	}

	private static String poleOf(EgideUser admin) {
		if (!admin.has(Role.POLE_ADMIN) || admin.poleId() == null) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return admin.poleId();
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
