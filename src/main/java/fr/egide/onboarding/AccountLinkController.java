package fr.egide.onboarding;

import fr.egide.audit.AuditLog;
import fr.egide.directory.AccountLinks;
import fr.egide.directory.Directory;
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

/**
 * A person belongs to one pole per account; the platform admin may link the accounts of one
 * person in several poles, so they can switch pole without signing in again.
 */
@Controller
class AccountLinkController {

	private final AccountLinks links;

	private final Directory directory;

	private final AuditLog audit;

	AccountLinkController(AccountLinks links, Directory directory, AuditLog audit) {
		this.links = links;
		this.directory = directory;
		this.audit = audit;
	}

	@GetMapping("/admin/links")
	String page(@AuthenticationPrincipal EgideUser user, Model model) {
		AdminScope.requirePlatformAdmin(user);
		model.addAttribute("groups", this.links.groups());
		model.addAttribute("poles", this.directory.poles());
		return "onboarding/links";
	}

	@PostMapping("/admin/links")
	String link(@AuthenticationPrincipal EgideUser user, @RequestParam String first, @RequestParam String second,
			RedirectAttributes redirect) {
		AdminScope.requirePlatformAdmin(user);
		var one = this.directory.findByEmail(first);
		var two = this.directory.findByEmail(second);
		String problem = one.isEmpty() || two.isEmpty() ? "links.unknown" : this.links.problem(one.get(), two.get());
		if (problem != null) {
			redirect.addFlashAttribute("problem", problem);
			return "redirect:/admin/links";
		}
		this.links.link(one.get(), two.get());
		for (var account : java.util.List.of(one.get(), two.get())) {
			this.audit.record(user, account.poleId(), "account.linked", account.id(), one.get().email() + " ↔ "
					+ two.get().email());
		}
		redirect.addFlashAttribute("notice", "links.done");
		return "redirect:/admin/links";
	}

	@PostMapping("/admin/links/{memberId}/unlink")
	String unlink(@AuthenticationPrincipal EgideUser user, @PathVariable String memberId, RedirectAttributes redirect) {
		AdminScope.requirePlatformAdmin(user);
		var account = this.directory.member(memberId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.links.unlink(account.id());
		this.audit.record(user, account.poleId(), "account.unlinked", account.id(), account.email());
		redirect.addFlashAttribute("notice", "links.removed");
		return "redirect:/admin/links";
	}


}
