package fr.egide.onboarding;

import java.time.Instant;

import fr.egide.directory.Role;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An invitation to join a pole: who, for which organisation and role, and the hash of the
 * secret link sent to them. A resend replaces the hash, so only the latest link works.
 */
@Document("invitations")
@CompoundIndex(name = "pole_org", def = "{'poleId': 1, 'organisationId': 1}")
@CompoundIndex(name = "pole_email", def = "{'poleId': 1, 'email': 1}")
record Invitation(@Id String id, String poleId, String organisationId, String email, String displayName, Role role,
		@Indexed(unique = true) String tokenHash, Status status, Instant createdAt, Instant expiresAt,
		Instant lastSentAt, int sendCount, String invitedBy, Instant acceptedAt, String memberId) {

	/** Pending until used or revoked; expiry is read from {@code expiresAt}. */
	enum Status {

		PENDING, ACCEPTED, REVOKED

	}

	boolean pendingAt(Instant now) {
		return this.status == Status.PENDING && now.isBefore(this.expiresAt);
	}

	boolean expiredAt(Instant now) {
		return this.status == Status.PENDING && !now.isBefore(this.expiresAt);
	}

	Invitation resent(String newTokenHash, Instant now, Instant newExpiry) {
		return new Invitation(this.id, this.poleId, this.organisationId, this.email, this.displayName, this.role,
				newTokenHash, this.status, this.createdAt, newExpiry, now, this.sendCount + 1, this.invitedBy,
				this.acceptedAt, this.memberId);
	}

	Invitation revoked() {
		return new Invitation(this.id, this.poleId, this.organisationId, this.email, this.displayName, this.role,
				this.tokenHash, Status.REVOKED, this.createdAt, this.expiresAt, this.lastSentAt, this.sendCount,
				this.invitedBy, this.acceptedAt, this.memberId);
	}

}
