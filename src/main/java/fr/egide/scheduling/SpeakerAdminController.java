package fr.egide.scheduling;

import fr.egide.audit.AuditLog;
import fr.egide.directory.Pole;
import fr.egide.security.AdminScope;
import fr.egide.security.EgideUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The speakers a pole invited to give sessions to its members (Euclès, state services, other poles). */
@Controller
class SpeakerAdminController {

	private final Speakers speakers;

	private final AdminScope scope;

	private final AuditLog audit;

	SpeakerAdminController(Speakers speakers, AdminScope scope, AuditLog audit) {
		this.speakers = speakers;
		this.scope = scope;
		this.audit = audit;
	}

	@GetMapping("/admin/speakers")
	String list(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String pole, Model model) {
		Pole scoped = this.scope.pole(user, pole);
		model.addAttribute("pole", scoped);
		model.addAttribute("speakers", this.speakers.invitedBy(scoped.id()));
		return "scheduling/speakers";
	}

	@PostMapping("/admin/speakers")
	String invite(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String pole,
			@RequestParam String email, RedirectAttributes redirect) {
		Pole scoped = this.scope.pole(user, pole);
		var speaker = this.speakers.invite(scoped.id(), email.length() > 254 ? "" : email, user.memberId());
		if (speaker.isEmpty()) {
			redirect.addFlashAttribute("problem", "speakers.unknown");
		}
		else {
			this.audit.record(user, scoped.id(), "speaker.invite", speaker.get().id(), speaker.get().email());
			redirect.addFlashAttribute("notice", "speakers.invited");
		}
		return "redirect:/admin/speakers?pole=" + scoped.id();
	}

	@PostMapping("/admin/speakers/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal EgideUser user, @PathVariable String id,
			@RequestParam(required = false) String pole, RedirectAttributes redirect) {
		Pole scoped = this.scope.pole(user, pole);
		this.speakers.withdraw(scoped.id(), id);
		this.audit.record(user, scoped.id(), "speaker.withdraw", id, "");
		redirect.addFlashAttribute("notice", "speakers.withdrawn");
		return "redirect:/admin/speakers?pole=" + scoped.id();
	}

}
