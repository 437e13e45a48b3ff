package fr.egide.directory;

import java.util.Set;

/** A member as other modules see them; {@code passwordHash} is only for authentication. */
public record MemberAccount(String id, String poleId, String organisationId, String email, String displayName,
		String passwordHash, Set<Role> roles, boolean active, java.time.Instant createdAt) {

	/** Whether the member's personal data was erased (only the id and anonymous results remain). */
	public boolean erased() {
		return this.passwordHash == null && !this.active && this.email.endsWith(Member.ERASED_DOMAIN);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

}
