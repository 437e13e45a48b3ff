package fr.egide.security;

import fr.egide.directory.Directory;
import fr.egide.directory.Pole;
import fr.egide.directory.Role;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which pole an admin request is about: a pole admin's own, whatever they ask; a platform
 * admin's choice, or the first pole.
 */
@Component
public class AdminScope {

	private final Directory directory;

	AdminScope(Directory directory) {
		this.directory = directory;
	}

	/** Pages for the platform admin only: anyone else is told they do not exist. */
	public static void requirePlatformAdmin(EgideUser user) {
		if (user == null || !user.has(Role.PLATFORM_ADMIN)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	public Pole pole(EgideUser user, String requestedPoleId) {
		if (user.has(Role.PLATFORM_ADMIN)) {
			if (requestedPoleId != null && !requestedPoleId.isBlank()) {
				return this.directory.pole(requestedPoleId)
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such pole."));
			}
			return this.directory.poles()
				.stream()
				.findFirst()
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No pole exists yet."));
		}
		if (user.has(Role.POLE_ADMIN) && user.poleId() != null) {
			if (requestedPoleId != null && !requestedPoleId.isBlank() && !requestedPoleId.equals(user.poleId())) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such pole.");
			}
			return this.directory.pole(user.poleId())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such pole."));
		}
		throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Pole admins only.");
	}

}
