package fr.egide.audit;

import fr.egide.security.AdminScope;
import fr.egide.security.EgideUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The pole admin's journal of admin actions in their pole, newest first. */
@Controller
class AuditPageController {

	private static final int PAGE_SIZE = 100;

	private final AuditLog log;

	private final AdminScope scope;

	AuditPageController(AuditLog log, AdminScope scope) {
		this.log = log;
		this.scope = scope;
	}

	@GetMapping("/admin/audit")
	String journal(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String pole,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var scoped = this.scope.pole(user, pole);
		int current = Math.max(0, page);
		var entries = this.log.recent(scoped.id(), current, PAGE_SIZE);
		model.addAttribute("pole", scoped);
		model.addAttribute("entries", entries);
		model.addAttribute("page", current);
		model.addAttribute("hasNext", entries.size() == PAGE_SIZE);
		return "audit/journal";
	}

}
