package fr.egide.onboarding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.egide.directory.Directory;
import fr.egide.directory.LinkToken;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Organisation;
import fr.egide.directory.Role;
import fr.egide.mail.MailStatus;
import fr.egide.security.EgideUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Inviting people into a pole and turning a valid link into an account. Every lookup by an
 * admin is scoped to their pole; a link works once, until it expires or is revoked.
 */
@Service
class Invitations {

	private final InvitationRepository invitations;

	private final MongoTemplate mongo;

	private final Directory directory;

	private final InvitationMail mail;

	private final Clock clock;

	private final Duration validity;

	Invitations(InvitationRepository invitations, MongoTemplate mongo, Directory directory, InvitationMail mail,
			Clock clock, @Value("${egide.invitations.validity:14d}") Duration validity) {
		this.invitations = invitations;
		this.mongo = mongo;
		this.directory = directory;
		this.mail = mail;
		this.clock = clock;
		this.validity = validity;
	}

	/** Who to invite, into which organisation of the admin's pole, with which role. */
	record Invitee(String email, String displayName, Role role) {

		/** As an admin typed it in a form: the address lowercased, the name's spaces tidied. */
		static Invitee typed(String email, String displayName, Role role) {
			return new Invitee(email.strip().toLowerCase(java.util.Locale.ROOT),
					displayName.strip().replaceAll("\\s+", " "), role);
		}

	}

	/** The problem with a typed invitation (address, name, then {@link #problem(String, String, Role)}). */
	Optional<String> problem(String poleId, Invitee invitee) {
		if (!EmailAddresses.plausible(invitee.email())) {
			return Optional.of("invite.bad-email");
		}
		if (invitee.displayName().isEmpty() || invitee.displayName().length() > 120) {
			return Optional.of("invite.bad-name");
		}
		return problem(poleId, invitee.email(), invitee.role());
	}

	/** The problem with inviting this address now, as a message key, or empty if there is none. */
	Optional<String> problem(String poleId, String email, Role role) {
		if (role == null || role == Role.PLATFORM_ADMIN) {
			return Optional.of("invite.bad-role");
		}
		if (this.directory.findByEmail(email).isPresent()) {
			return Optional.of("invite.already-member");
		}
		if (!this.invitations.findByPoleIdAndEmailAndStatus(poleId, email, Invitation.Status.PENDING).isEmpty()) {
			return Optional.of("invite.already-invited");
		}
		return Optional.empty();
	}

	/** Creates the invitation and sends its link; call {@link #problem} first. */
	MailStatus invite(EgideUser admin, Organisation organisation, Invitee invitee) {
		return invite(admin, organisation.poleId(), organisation, invitee);
	}

	/** Invites someone into the pole itself, with no organisation: its first administrator, say. */
	MailStatus inviteToPole(EgideUser admin, String poleId, Invitee invitee) {
		return invite(admin, poleId, null, invitee);
	}

	private MailStatus invite(EgideUser admin, String poleId, Organisation organisation, Invitee invitee) {
		Instant now = this.clock.instant();
		var token = LinkToken.generate();
		var invitation = this.invitations.insert(new Invitation(UUID.randomUUID().toString(), poleId,
				organisation == null ? null : organisation.id(), invitee.email(), invitee.displayName(), invitee.role(),
				token.hash(), Invitation.Status.PENDING, now, now.plus(this.validity), now, 1, admin.memberId(), null,
				null));
		return send(invitation, token, admin);
	}

	/** A new link (the old one stops working) with a fresh expiry. */
	Optional<MailStatus> resend(EgideUser admin, String poleId, String invitationId) {
		return inPole(poleId, invitationId).filter(invitation -> invitation.status() == Invitation.Status.PENDING)
			.map(invitation -> {
				Instant now = this.clock.instant();
				var token = LinkToken.generate();
				var saved = this.invitations.save(invitation.resent(token.hash(), now, now.plus(this.validity)));
				return send(saved, token, admin);
			});
	}

	Optional<Invitation> revoke(String poleId, String invitationId) {
		return inPole(poleId, invitationId).filter(invitation -> invitation.status() == Invitation.Status.PENDING)
			.map(invitation -> this.invitations.save(invitation.revoked()));
	}

	Optional<Invitation> byId(String invitationId) {
		return this.invitations.findById(invitationId);
	}

	Optional<Invitation> inPole(String poleId, String invitationId) {
		return this.invitations.findById(invitationId).filter(invitation -> invitation.poleId().equals(poleId));
	}

	List<Invitation> forOrganisation(Organisation organisation) {
		return this.invitations.findByPoleIdAndOrganisationIdOrderByCreatedAtDesc(organisation.poleId(),
				organisation.id());
	}

	/** What a link leads to: a usable invitation, or why not. */
	LinkState open(String rawToken) {
		if (rawToken == null || rawToken.length() > 100) {
			return new LinkState(LinkState.Kind.UNKNOWN, null);
		}
		return this.invitations.findByTokenHash(LinkToken.hashOf(rawToken))
			.map(invitation -> new LinkState(kindOf(invitation), invitation))
			.orElse(new LinkState(LinkState.Kind.UNKNOWN, null));
	}

	/**
	 * Marks the invitation used, atomically so two clicks cannot both create an account, then
	 * creates the member. If the account cannot be created the invitation stays usable.
	 */
	Optional<MemberAccount> accept(Invitation invitation, String displayName, String password) {
		Instant now = this.clock.instant();
		var claimed = this.mongo.findAndModify(
				Query.query(Criteria.where("_id").is(invitation.id())
					.and("status").is(Invitation.Status.PENDING)
					.and("tokenHash").is(invitation.tokenHash())
					.and("expiresAt").gt(now)),
				Update.update("status", Invitation.Status.ACCEPTED).set("acceptedAt", now), Invitation.class);
		if (claimed == null) {
			return Optional.empty();
		}
		try {
			var member = this.directory.createMember(new Directory.NewMember(invitation.poleId(),
					invitation.organisationId(), invitation.email(), displayName, password,
					java.util.EnumSet.of(Role.MEMBER, invitation.role())));
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(invitation.id())),
					Update.update("memberId", member.id()), Invitation.class);
			return Optional.of(member);
		}
		catch (RuntimeException ex) {
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(invitation.id())),
					Update.update("status", Invitation.Status.PENDING).unset("acceptedAt"), Invitation.class);
			throw ex;
		}
	}

	/** Deletes this pole's invitations to this address: part of erasing a person (other poles keep theirs). */
	void forget(String poleId, String email) {
		this.invitations.deleteAll(this.invitations.findByEmail(email)
			.stream()
			.filter(invitation -> invitation.poleId().equals(poleId))
			.toList());
	}

	private LinkState.Kind kindOf(Invitation invitation) {
		Instant now = this.clock.instant();
		return switch (invitation.status()) {
			case ACCEPTED -> LinkState.Kind.USED;
			case REVOKED -> LinkState.Kind.REVOKED;
			case PENDING -> invitation.expiredAt(now) ? LinkState.Kind.EXPIRED : LinkState.Kind.VALID;
		};
	}

	private MailStatus send(Invitation invitation, LinkToken token, EgideUser admin) {
		var pole = this.directory.pole(invitation.poleId()).orElseThrow();
		String on = this.directory.organisation(invitation.poleId(), invitation.organisationId())
			.map(Organisation::name)
			.orElse(pole.name());
		return this.mail.send(invitation, token.raw(), pole, on, admin.displayName());
	}

	/** Where an invitation link stands. */
	record LinkState(Kind kind, Invitation invitation) {

		enum Kind {

			VALID, UNKNOWN, USED, REVOKED, EXPIRED

		}

	}

}
