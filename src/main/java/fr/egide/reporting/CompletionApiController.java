package fr.egide.reporting;

import java.util.List;

import fr.egide.security.AdminScope;
import fr.egide.security.EgideUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's numbers for integrations, with the same filters; pole admins see only their own pole. */
@RestController
class CompletionApiController {

	private final Dashboard dashboard;

	private final DashboardScopes scopes;

	private final AdminScope scope;

	CompletionApiController(Dashboard dashboard, DashboardScopes scopes, AdminScope scope) {
		this.dashboard = dashboard;
		this.scopes = scopes;
		this.scope = scope;
	}

	/** A module's figures in the shape integrations already read ({@code assigned}, {@code started}, {@code passed}). */
	record ModuleRow(String moduleId, String title, long assigned, long started, long inProgress, long failed,
			long passed, long expired, int passedPercent) {
	}

	record PoleCompletion(String poleId, String poleName, long members, List<ModuleRow> modules,
			List<Dashboard.CourseFigures> courses, List<Dashboard.OrganisationFigures> organisations,
			List<Dashboard.MonthFigures> trend) {
	}

	@GetMapping("/api/admin/completion")
	PoleCompletion completion(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String pole,
			@RequestParam(required = false) String organisation, @RequestParam(required = false) String course,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		var chosen = this.scope.pole(user, pole);
		var figures = this.dashboard.figures(chosen.id(), this.scopes.parse(chosen, organisation, course, from, to));
		return new PoleCompletion(chosen.id(), chosen.name(), figures.members(),
				figures.modules()
					.stream()
					.map(m -> new ModuleRow(m.moduleId(), m.title(), m.members(), m.started(), m.inProgress(), m.failed(),
							m.passed(), m.expired(), m.passedPercent()))
					.toList(),
				figures.courses(), figures.organisations(), figures.trend());
	}

}
