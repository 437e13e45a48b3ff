package fr.egide.onboarding;


import fr.egide.audit.AuditLog;
import fr.egide.directory.Directory;
import fr.egide.directory.Role;
import fr.egide.security.AdminScope;
import fr.egide.security.EgideUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform admin opens poles and invites each pole's first administrator. */
@Controller
class PoleController {

	private final Directory directory;

	private final Invitations invitations;

	private final AuditLog audit;

	PoleController(Directory directory, Invitations invitations, AuditLog audit) {
		this.directory = directory;
		this.invitations = invitations;
		this.audit = audit;
	}

	@GetMapping("/admin/poles")
	String poles(@AuthenticationPrincipal EgideUser user, Model model) {
		AdminScope.requirePlatformAdmin(user);
		model.addAttribute("poles", this.directory.poles());
		model.addAttribute("directory", this.directory);
		return "onboarding/poles";
	}

	@PostMapping("/admin/poles")
	String create(@AuthenticationPrincipal EgideUser user, @RequestParam String name, RedirectAttributes redirect) {
		AdminScope.requirePlatformAdmin(user);
		if (name.isBlank() || name.length() > 120) {
			redirect.addFlashAttribute("problem", "poles.bad-name");
			return "redirect:/admin/poles";
		}
		try {
			var pole = this.directory.createPole(name);
			this.audit.record(user, pole.id(), "pole.created", pole.id(), pole.name());
			redirect.addFlashAttribute("notice", "poles.created");
		}
		catch (Directory.NameTakenException ex) {
			redirect.addFlashAttribute("problem", "poles.name-taken");
		}
		return "redirect:/admin/poles";
	}

	@PostMapping("/admin/poles/{id}/administrators")
	String inviteAdministrator(@AuthenticationPrincipal EgideUser user, @PathVariable String id,
			@RequestParam String email, @RequestParam String displayName, RedirectAttributes redirect) {
		AdminScope.requirePlatformAdmin(user);
		var pole = this.directory.pole(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var invitee = Invitations.Invitee.typed(email, displayName, Role.POLE_ADMIN);
		var problem = this.invitations.problem(pole.id(), invitee);
		if (problem.isPresent()) {
			redirect.addFlashAttribute("problem", problem.get());
			return "redirect:/admin/poles";
		}
		this.invitations.inviteToPole(user, pole.id(), invitee);
		this.audit.record(user, pole.id(), "invitation.sent", pole.id(),
				invitee.displayName() + " <" + invitee.email() + ">");
		redirect.addFlashAttribute("notice", "invite.sent");
		return "redirect:/admin/poles";
	}


}
