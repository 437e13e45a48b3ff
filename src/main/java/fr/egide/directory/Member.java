package fr.egide.directory;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A person with an account. The e-mail is stored lowercase and is unique on the server. */
@Document("members")
@CompoundIndex(name = "pole_name", def = "{'poleId': 1, 'displayName': 1}")
@CompoundIndex(name = "pole_organisation", def = "{'poleId': 1, 'organisationId': 1, 'displayName': 1}")
record Member(@Id String id, String poleId, String organisationId, @Indexed(unique = true) String email,
		String displayName, String passwordHash, Set<Role> roles, boolean active, Instant createdAt) {

	Member withActive(boolean active) {
		return new Member(this.id, this.poleId, this.organisationId, this.email, this.displayName, this.passwordHash,
				this.roles, active, this.createdAt);
	}

	static final String ERASED_DOMAIN = "@erased.invalid";

	/** The same member with nothing that names them: what stays after a deletion request. */
	Member erased() {
		return new Member(this.id, this.poleId, this.organisationId, "erased-" + this.id + ERASED_DOMAIN,
				"—", null, Set.of(Role.MEMBER), false, this.createdAt);
	}

	Member withPasswordHash(String hash) {
		return new Member(this.id, this.poleId, this.organisationId, this.email, this.displayName, hash, this.roles,
				this.active, this.createdAt);
	}

	Member withRoles(Set<Role> roles) {
		return new Member(this.id, this.poleId, this.organisationId, this.email, this.displayName, this.passwordHash,
				Set.copyOf(roles), this.active, this.createdAt);
	}

	MemberAccount toAccount() {
		return new MemberAccount(this.id, this.poleId, this.organisationId, this.email, this.displayName,
				this.passwordHash, this.roles, this.active, this.createdAt);
	}

}
