package fr.egide.scheduling;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Pole;
import fr.egide.directory.Role;
import fr.egide.security.EgideUser;

import org.springframework.stereotype.Service;

/**
 * Which poles a speaker may give sessions to (their own and those that invited them), and
 * who may manage a session: its speaker, an admin of one of its poles, a platform admin.
 */
@Service
public class Speakers {

	private final SpeakerInvitationRepository invitations;

	private final Directory directory;

	private final Clock clock;

	Speakers(SpeakerInvitationRepository invitations, Directory directory, Clock clock) {
		this.invitations = invitations;
		this.directory = directory;
		this.clock = clock;
	}

	/** The poles this user may target with a session. */
	public List<Pole> polesFor(EgideUser user) {
		if (user.has(Role.PLATFORM_ADMIN)) {
			return this.directory.poles();
		}
		Set<String> ids = new LinkedHashSet<>();
		if (user.poleId() != null) {
			ids.add(user.poleId());
		}
		if (user.has(Role.SPEAKER)) {
			this.invitations.findBySpeakerId(user.memberId()).forEach(invitation -> ids.add(invitation.poleId()));
		}
		return ids.stream().flatMap(id -> this.directory.pole(id).stream()).toList();
	}

	boolean mayCreate(EgideUser user) {
		return user.has(Role.SPEAKER) || user.isAdmin();
	}

	/** Whether the user may edit, cancel and take attendance of the session. */
	boolean mayManage(EgideUser user, TrainingSession session) {
		return user.has(Role.PLATFORM_ADMIN) || session.speakerId().equals(user.memberId())
				|| (user.has(Role.POLE_ADMIN) && session.poleIds().contains(user.poleId()));
	}

	/** The speakers a pole invited, with their accounts. */
	List<MemberAccount> invitedBy(String poleId) {
		return this.invitations.findByPoleId(poleId)
			.stream()
			.flatMap(invitation -> this.directory.member(invitation.speakerId()).stream())
			.toList();
	}

	/** Invites a speaker by e-mail; empty when no active speaker account has that address. */
	Optional<MemberAccount> invite(String poleId, String email, String invitedBy) {
		var speaker = this.directory.findByEmail(email.strip())
			.filter(MemberAccount::active)
			.filter(member -> member.has(Role.SPEAKER));
		speaker.ifPresent(member -> this.invitations.save(new SpeakerInvitation(
				SpeakerInvitation.idOf(poleId, member.id()), poleId, member.id(), this.clock.instant(), invitedBy)));
		return speaker;
	}

	void withdraw(String poleId, String speakerId) {
		this.invitations.deleteById(SpeakerInvitation.idOf(poleId, speakerId));
	}

}
