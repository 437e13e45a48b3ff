package fr.egide.onboarding;

import jakarta.servlet.http.HttpServletRequest;

import fr.egide.audit.AuditLog;
import fr.egide.directory.Directory;
import fr.egide.security.AdminScope;
import fr.egide.security.EgideUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The member reads and acknowledges the charter; the pole admin publishes versions and sees who acknowledged. */
@Controller
class CharterController {

	private final Charters charters;

	private final AdminScope scope;

	private final AuditLog audit;

	private final CharterTemplate template;

	private final Directory directory;

	CharterController(Charters charters, AdminScope scope, AuditLog audit, CharterTemplate template,
			Directory directory) {
		this.charters = charters;
		this.scope = scope;
		this.audit = audit;
		this.template = template;
		this.directory = directory;
	}

	@GetMapping("/charter")
	String read(@AuthenticationPrincipal EgideUser user, @RequestParam(defaultValue = "/") String next, Model model) {
		var charter = this.charters.current(user.poleId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("charter", charter);
		model.addAttribute("html", this.charters.html(charter));
		model.addAttribute("acknowledged", this.charters.acknowledged(charter, user.memberId()));
		model.addAttribute("next", safeNext(next));
		return "onboarding/charter";
	}

	@PostMapping("/charter")
	String acknowledge(@AuthenticationPrincipal EgideUser user, @RequestParam int version,
			@RequestParam(defaultValue = "/") String next, HttpServletRequest request, RedirectAttributes redirect) {
		var charter = this.charters.current(user.poleId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (charter.version() != version) {
			redirect.addFlashAttribute("notice", "charter.changed");
			return "redirect:/charter";
		}
		this.charters.acknowledge(charter, user.memberId(), request.getRemoteAddr());
		return "redirect:" + safeNext(next);
	}

	@GetMapping("/admin/charter")
	String manage(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String pole, Model model) {
		var scoped = this.scope.pole(user, pole);
		var current = this.charters.current(scoped.id());
		model.addAttribute("pole", scoped);
		model.addAttribute("charter", current.orElse(null));
		model.addAttribute("html", current.map(this.charters::html).orElse(null));
		var acknowledgements = current.map(this.charters::acknowledgements).orElse(java.util.List.of());
		model.addAttribute("acknowledgements", acknowledgements);
		model.addAttribute("names",
				this.directory.displayNames(acknowledgements.stream().map(CharterAcknowledgement::memberId).toList()));
		model.addAttribute("versions", this.charters.versions(scoped.id()));
		if (!model.containsAttribute("draft")) {
			model.addAttribute("draft", current.map(Charter::markdown).orElseGet(this.template::text));
		}
		return "onboarding/charter-admin";
	}

	@PostMapping("/admin/charter")
	String publish(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String pole,
			@RequestParam String draft, RedirectAttributes redirect) {
		var scoped = this.scope.pole(user, pole);
		var problems = this.charters.problems(draft);
		if (!problems.isEmpty()) {
			redirect.addFlashAttribute("problems", problems);
			redirect.addFlashAttribute("draft", draft);
			return "redirect:/admin/charter?pole=" + scoped.id();
		}
		var charter = this.charters.publish(user, scoped.id(), draft);
		this.audit.record(user, scoped.id(), "charter.published", charter.id(), "v" + charter.version());
		redirect.addFlashAttribute("notice", "charter.published");
		return "redirect:/admin/charter?pole=" + scoped.id();
	}

	/** Only a path on this server, so the link cannot send a member elsewhere. */
	static String safeNext(String next) {
		return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
				&& !next.startsWith("/charter") ? next : "/";
	}

}
