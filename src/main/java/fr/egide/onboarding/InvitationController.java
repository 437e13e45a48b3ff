package fr.egide.onboarding;


import fr.egide.audit.AuditLog;
import fr.egide.directory.Role;
import fr.egide.mail.MailStatus;
import fr.egide.security.EgideUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Inviting one person from an organisation's page, and resending or revoking an invitation. */
@Controller
class InvitationController {

	private final Invitations invitations;

	private final ScopedLookups lookups;

	private final AuditLog audit;

	InvitationController(Invitations invitations, ScopedLookups lookups, AuditLog audit) {
		this.invitations = invitations;
		this.lookups = lookups;
		this.audit = audit;
	}

	@PostMapping("/admin/organisations/{id}/invitations")
	String invite(@AuthenticationPrincipal EgideUser user, @PathVariable String id, @RequestParam String email,
			@RequestParam String displayName, @RequestParam(defaultValue = "MEMBER") String role,
			RedirectAttributes redirect) {
		var organisation = this.lookups.organisation(user, id);
		var invitee = Invitations.Invitee.typed(email, displayName, roleOf(role));
		var problem = this.invitations.problem(organisation.poleId(), invitee);
		if (problem.isPresent()) {
			redirect.addFlashAttribute("inviteProblem", problem.get());
			redirect.addFlashAttribute("inviteEmail", invitee.email());
			redirect.addFlashAttribute("inviteName", invitee.displayName());
			return "redirect:/admin/organisations/" + organisation.id() + "#invite";
		}
		MailStatus sent = this.invitations.invite(user, organisation, invitee);
		this.audit.record(user, organisation.poleId(), "invitation.sent", organisation.id(),
				invitee.displayName() + " <" + invitee.email() + ">");
		redirect.addFlashAttribute("notice", sent == MailStatus.FAILED ? "invite.mail-failed" : "invite.sent");
		return "redirect:/admin/organisations/" + organisation.id();
	}

	@PostMapping("/admin/invitations/{id}/resend")
	String resend(@AuthenticationPrincipal EgideUser user, @PathVariable String id, RedirectAttributes redirect) {
		var invitation = this.lookups.invitation(user, id);
		var sent = this.invitations.resend(user, invitation.poleId(), invitation.id());
		if (sent.isPresent()) {
			this.audit.record(user, invitation.poleId(), "invitation.resent", invitation.organisationId(),
					invitation.displayName() + " <" + invitation.email() + ">");
		}
		redirect.addFlashAttribute("notice", sent.isEmpty() ? "invite.not-pending"
				: sent.get() == MailStatus.FAILED ? "invite.mail-failed" : "invite.resent");
		return back(invitation);
	}

	@PostMapping("/admin/invitations/{id}/revoke")
	String revoke(@AuthenticationPrincipal EgideUser user, @PathVariable String id, RedirectAttributes redirect) {
		var invitation = this.lookups.invitation(user, id);
		var revoked = this.invitations.revoke(invitation.poleId(), invitation.id());
		if (revoked.isPresent()) {
			this.audit.record(user, invitation.poleId(), "invitation.revoked", invitation.organisationId(),
					invitation.displayName() + " <" + invitation.email() + ">");
		}
		redirect.addFlashAttribute("notice", revoked.isPresent() ? "invite.revoked" : "invite.not-pending");
		return back(invitation);
	}

	private static String back(Invitation invitation) {
		return invitation.organisationId() == null ? "redirect:/admin/poles"
				: "redirect:/admin/organisations/" + invitation.organisationId();
	}

	/** Roles an admin may give; anything else (including a platform role) falls back to member. */
	static Role roleOf(String value) {
		return switch (value == null ? "" : value) {
			case "SPEAKER" -> Role.SPEAKER;
			case "POLE_ADMIN" -> Role.POLE_ADMIN;
			default -> Role.MEMBER;
		};
	}

}
