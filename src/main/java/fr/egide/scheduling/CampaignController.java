package fr.egide.scheduling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import fr.egide.audit.AuditLog;
import fr.egide.catalog.CourseCatalog;
import fr.egide.directory.Directory;
import fr.egide.directory.Pole;
import fr.egide.directory.Role;
import fr.egide.learning.AssignmentView;
import fr.egide.learning.Assignments;
import fr.egide.security.AdminScope;
import fr.egide.security.EgideUser;
import jakarta.servlet.http.HttpServletResponse;

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

/** A pole's campaigns with their completion, and the editing of a draft before it is launched. */
@Controller
class CampaignController {

	static final int MEMBERS_SHOWN = 200;

	private final Campaigns campaigns;

	private final Assignments assignments;

	private final CourseCatalog catalog;

	private final AdminScope scope;

	private final Directory directory;

	private final AuditLog audit;

	private final CampaignBoard board;

	CampaignController(Campaigns campaigns, Assignments assignments, CourseCatalog catalog, AdminScope scope,
			Directory directory, AuditLog audit, CampaignBoard board) {
		this.board = board;
		this.campaigns = campaigns;
		this.assignments = assignments;
		this.catalog = catalog;
		this.scope = scope;
		this.directory = directory;
		this.audit = audit;
	}

	@GetMapping("/admin/campaigns")
	String list(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String pole, Model model) {
		Pole scoped = this.scope.pole(user, pole);
		model.addAttribute("pole", scoped);
		model.addAttribute("rows", this.board.ofPole(scoped.id()));
		return "scheduling/campaigns";
	}

	@GetMapping("/admin/campaigns/{id}")
	String show(@AuthenticationPrincipal EgideUser user, @PathVariable String id, Model model) {
		Campaign campaign = campaign(user, id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("pole", this.directory.pole(campaign.poleId()).orElseThrow());
		model.addAttribute("tally", this.assignments.tally(campaign.id()));
		model.addAttribute("courses", this.catalog.coursesFor(campaign.poleId()));
		model.addAttribute("courseTitles", campaign.courseIds()
			.stream()
			.map(courseId -> this.catalog.course(courseId).map(course -> course.title()).orElse(courseId))
			.toList());
		List<String> memberIds = campaign.memberIds() == null ? List.of()
				: campaign.memberIds().stream().sorted().limit(MEMBERS_SHOWN).toList();
		Map<String, List<AssignmentView>> views = this.assignments.forMembers(memberIds);
		Map<String, String> names = this.directory.displayNames(memberIds);
		model.addAttribute("memberTotal", campaign.memberIds() == null ? 0 : campaign.memberIds().size());
		model.addAttribute("members", memberIds.stream()
			.filter(names::containsKey)
			.map(memberId -> new MemberLine(memberId, names.get(memberId), views.getOrDefault(memberId, List.of())
				.stream()
				.filter(view -> campaign.courseIds().contains(view.courseId()))
				.toList()))
			.sorted(Comparator.comparing(MemberLine::name, java.text.Collator.getInstance(java.util.Locale.FRENCH)))
			.toList());
		return "scheduling/campaign";
	}

	/** One member of a campaign and their assignments of its courses. */
	record MemberLine(String memberId, String name, List<AssignmentView> assignments) {

		public boolean done() {
			return !this.assignments.isEmpty() && this.assignments.stream().allMatch(AssignmentView::done);
		}

		public boolean overdue() {
			return this.assignments.stream().anyMatch(AssignmentView::overdue);
		}

	}

	@PostMapping("/admin/campaigns/{id}")
	String edit(@AuthenticationPrincipal EgideUser user, @PathVariable String id,
			@RequestParam(required = false) List<String> courses, @RequestParam int leadDays,
			@RequestParam int dueDaysBefore, @RequestParam(defaultValue = "") String reminderDays, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Campaign campaign = campaign(user, id);
		List<String> known = (courses == null ? List.<String>of() : courses).stream()
			.filter(courseId -> this.catalog.assignable(courseId, campaign.poleId()))
			.distinct()
			.toList();
		List<Integer> reminders = reminderDays(reminderDays);
		String problem = known.isEmpty() ? "campaign.problem.courses"
				: dueDaysBefore < 0 || dueDaysBefore > 60 || leadDays < dueDaysBefore + 1 || leadDays > 180
						? "campaign.problem.days" : reminders == null ? "campaign.problem.reminders" : null;
		if (problem != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", problem);
			return show(user, id, model);
		}
		if (!this.campaigns.edit(campaign, known, leadDays, dueDaysBefore, reminders)) {
			redirect.addFlashAttribute("problem", "campaign.problem.launched");
			return "redirect:/admin/campaigns/" + id;
		}
		this.audit.record(user, campaign.poleId(), "campaign.edit", campaign.id(),
				String.join(", ", known) + " / D-" + leadDays + " / D-" + dueDaysBefore + " / " + reminders);
		redirect.addFlashAttribute("notice", "campaign.saved");
		return "redirect:/admin/campaigns/" + id;
	}

	@PostMapping("/admin/campaigns/{id}/launch")
	String launch(@AuthenticationPrincipal EgideUser user, @PathVariable String id, RedirectAttributes redirect) {
		Campaign campaign = campaign(user, id);
		int created = this.campaigns.launchNow(campaign);
		this.audit.record(user, campaign.poleId(), "campaign.launch", campaign.id(), created + " assignment(s)");
		redirect.addFlashAttribute("notice", "campaign.launched");
		return "redirect:/admin/campaigns/" + id;
	}

	/** "7, 1" → [7, 1]; null when a value is not a number of days from 0 to 60. */
	static List<Integer> reminderDays(String text) {
		List<Integer> days = new ArrayList<>();
		for (String part : text.split("[,;\\s]+")) {
			if (part.isBlank()) {
				continue;
			}
			try {
				int value = Integer.parseInt(part.strip());
				if (value < 0 || value > 60 || days.size() >= 6) {
					return null;
				}
				if (!days.contains(value)) {
					days.add(value);
				}
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		days.sort(Comparator.reverseOrder());
		return days;
	}

	private Campaign campaign(EgideUser user, String id) {
		var campaign = user.has(Role.PLATFORM_ADMIN)
				? this.directory.poles().stream().flatMap(pole -> this.campaigns.find(pole.id(), id).stream()).findFirst()
				: this.campaigns.find(user.poleId() == null ? "" : user.poleId(), id);
		return campaign.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
