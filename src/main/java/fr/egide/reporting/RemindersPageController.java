package fr.egide.reporting;

import java.util.List;

import fr.egide.audit.AuditLog;
import fr.egide.directory.Directory;
import fr.egide.security.AdminScope;
import fr.egide.security.EgideUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The pole admin's reminders page: late or not-started members, fifty at a time, and a button to remind them. */
@Controller
class RemindersPageController {

	static final String AUDIT_ACTION = "reminders.sent";

	private final ReminderCandidates candidates;

	private final ManualReminders reminders;

	private final AdminScope scope;

	private final AuditLog audit;

	private final Directory directory;

	RemindersPageController(ReminderCandidates candidates, ManualReminders reminders, AdminScope scope,
			AuditLog audit, Directory directory) {
		this.candidates = candidates;
		this.reminders = reminders;
		this.scope = scope;
		this.audit = audit;
		this.directory = directory;
	}

	/** What the last action did, shown once after the redirect. */
	record Notice(int queued, int recent, int ignored) {
	}

	@GetMapping("/admin/reminders")
	String list(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String pole,
			@RequestParam(defaultValue = "OVERDUE") ReminderFilter filter, @RequestParam(defaultValue = "0") int page,
			Model model) {
		var chosen = this.scope.pole(user, pole);
		int current = Math.max(0, page);
		var found = this.candidates.page(chosen.id(), filter, current);
		model.addAttribute("pole", chosen);
		model.addAttribute("poles", user.poleId() == null ? this.directory.poles() : List.of(chosen));
		model.addAttribute("filter", filter);
		model.addAttribute("filters", ReminderFilter.values());
		model.addAttribute("rows", found.rows());
		model.addAttribute("page", current);
		model.addAttribute("hasNext", found.hasNext());
		model.addAttribute("cap", this.reminders.cap());
		return "reporting/reminders";
	}

	@PostMapping("/admin/reminders")
	String remind(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String pole,
			@RequestParam(defaultValue = "OVERDUE") ReminderFilter filter,
			@RequestParam(name = "member", required = false) List<String> members,
			@RequestParam(defaultValue = "false") boolean all, RedirectAttributes redirect) {
		var chosen = this.scope.pole(user, pole);
		var selection = all ? this.candidates.matching(chosen.id(), filter, this.reminders.cap())
				: this.candidates.checked(chosen.id(), members, this.reminders.cap());
		var outcome = this.reminders.remind(chosen.id(), selection.memberIds());
		this.audit.record(user, chosen.id(), AUDIT_ACTION, null,
				"filter=" + filter + (all ? " all" : "") + " queued=" + outcome.queued() + " recent="
						+ outcome.recent() + " ignored=" + selection.ignored());
		redirect.addFlashAttribute("notice", new Notice(outcome.queued(), outcome.recent(), selection.ignored()));
		return "redirect:" + UriComponentsBuilder.fromPath("/admin/reminders")
			.queryParam("pole", chosen.id())
			.queryParam("filter", filter)
			.encode()
			.build()
			.toUriString();
	}

}
