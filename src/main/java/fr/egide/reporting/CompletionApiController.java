package fr.egide.reporting;

import java.util.List;

import fr.egide.security.AdminScope;
import fr.egide.security.EgideUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Completion figures of a pole for integrations; pole admins see only their own pole. */
@RestController
class CompletionApiController {

	private final CompletionReport report;

	private final AdminScope scope;

	CompletionApiController(CompletionReport report, AdminScope scope) {
		this.report = report;
		this.scope = scope;
	}

	record PoleCompletion(String poleId, String poleName, List<CompletionReport.ModuleCompletion> modules) {
	}

	@GetMapping("/api/admin/completion")
	PoleCompletion completion(@AuthenticationPrincipal EgideUser user,
			@RequestParam(required = false) String pole) {
		var chosen = this.scope.pole(user, pole);
		return new PoleCompletion(chosen.id(), chosen.name(), this.report.modules(chosen.id()));
	}

}
