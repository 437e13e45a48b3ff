package fr.egide.reporting;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import fr.egide.catalog.CourseCatalog;
import fr.egide.directory.Directory;
import fr.egide.scheduling.CampaignBoard;
import fr.egide.security.AdminScope;
import fr.egide.security.EgideUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The pole admin's dashboard: figures and charts from the counters, then members fifty at a time. */
@Controller
class AdminPageController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Dashboard dashboard;

	private final DashboardScopes scopes;

	private final CompletionReport report;

	private final AdminScope scope;

	private final CourseCatalog catalog;

	private final Directory directory;

	private final CampaignBoard campaigns;

	AdminPageController(Dashboard dashboard, DashboardScopes scopes, CompletionReport report, AdminScope scope,
			CourseCatalog catalog, Directory directory, CampaignBoard campaigns) {
		this.campaigns = campaigns;
		this.dashboard = dashboard;
		this.scopes = scopes;
		this.report = report;
		this.scope = scope;
		this.catalog = catalog;
		this.directory = directory;
	}

	@GetMapping("/admin")
	String completion(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String pole,
			@RequestParam(required = false) String organisation, @RequestParam(required = false) String course,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var chosen = this.scope.pole(user, pole);
		var filter = this.scopes.parse(chosen, organisation, course, from, to);
		var figures = this.dashboard.figures(chosen.id(), filter);
		int current = Math.max(0, page);
		var members = this.report.members(chosen.id(), filter.organisationId(), current);
		model.addAttribute("pole", chosen);
		model.addAttribute("poles", user.poleId() == null ? this.directory.poles() : List.of(chosen));
		model.addAttribute("filter", filter);
		model.addAttribute("figures", figures);
		model.addAttribute("campaigns", this.campaigns.ofPole(chosen.id()));
		model.addAttribute("chartJson", chartJson(figures));
		model.addAttribute("organisations", this.directory.organisations(chosen.id()));
		model.addAttribute("courses", this.catalog.coursesFollowedBy(chosen.id()));
		model.addAttribute("moduleIds", figures.modules().stream().map(Dashboard.ModuleFigures::moduleId).toList());
		model.addAttribute("members", members.rows());
		model.addAttribute("memberRows", members);
		model.addAttribute("page", current);
		model.addAttribute("hasNext", members.hasNext());
		return "reporting/completion";
	}

	/** The chart data as JSON for a non-executed script element; '<' is escaped so no text can close it. */
	static String chartJson(Dashboard.Figures figures) {
		var data = java.util.Map.of("modules", figures.modules(), "trend", figures.trend());
		return JSON.writeValueAsString(data).replace("<", "\\u003c");
	}

}
