package fr.egide.reporting;

import fr.egide.catalog.CourseCatalog;
import fr.egide.directory.Directory;
import fr.egide.security.AdminScope;
import fr.egide.security.EgideUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The pole admin's completion page: per module, then per member, fifty at a time. */
@Controller
class AdminPageController {

	private final CompletionReport report;

	private final AdminScope scope;

	private final CourseCatalog catalog;

	private final Directory directory;

	AdminPageController(CompletionReport report, AdminScope scope, CourseCatalog catalog, Directory directory) {
		this.report = report;
		this.scope = scope;
		this.catalog = catalog;
		this.directory = directory;
	}

	@GetMapping("/admin")
	String completion(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String pole,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var chosen = this.scope.pole(user, pole);
		int current = Math.max(0, page);
		var members = this.report.members(chosen.id(), current);
		model.addAttribute("pole", chosen);
		model.addAttribute("poles", user.poleId() == null ? this.directory.poles() : java.util.List.of(chosen));
		model.addAttribute("modules", this.report.modules(chosen.id()));
		model.addAttribute("moduleIds", this.catalog.moduleIdsInOrder());
		model.addAttribute("members", members);
		model.addAttribute("page", current);
		model.addAttribute("hasNext", members.size() == CompletionReport.PAGE_SIZE);
		return "reporting/completion";
	}

}
