package fr.egide.onboarding;

import java.util.List;

import fr.egide.audit.AuditLog;
import fr.egide.catalog.CourseCatalog;
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

/** The pole's onboarding track: which courses newcomers get and how many days they have. */
@Controller
class OnboardingSettingsController {

	static final int MAX_DAYS = 365;

	static final int MAX_MONTHS = 60;

	private final Directory directory;

	private final CourseCatalog catalog;

	private final OnboardingTrack track;

	private final AdminScope scope;

	private final AuditLog audit;

	OnboardingSettingsController(Directory directory, CourseCatalog catalog, OnboardingTrack track, AdminScope scope,
			AuditLog audit) {
		this.directory = directory;
		this.catalog = catalog;
		this.track = track;
		this.scope = scope;
		this.audit = audit;
	}

	@GetMapping("/admin/onboarding")
	String settings(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String pole, Model model) {
		var scoped = this.scope.pole(user, pole);
		model.addAttribute("pole", scoped);
		model.addAttribute("courses", this.catalog.coursesFor(scoped.id()));
		model.addAttribute("chosen", this.track.coursesOf(scoped));
		return "onboarding/settings";
	}

	@PostMapping("/admin/onboarding")
	String save(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String pole,
			@RequestParam(required = false) List<String> courses, @RequestParam int dueDays,
			@RequestParam(defaultValue = "12") int refresherMonths, RedirectAttributes redirect) {
		var scoped = this.scope.pole(user, pole);
		if (dueDays < 1 || dueDays > MAX_DAYS || refresherMonths < 1 || refresherMonths > MAX_MONTHS) {
			redirect.addFlashAttribute("problem", "onboarding.days.invalid");
			return "redirect:/admin/onboarding?pole=" + scoped.id();
		}
		List<String> known = (courses == null ? List.<String>of() : courses).stream()
			.filter(id -> this.catalog.assignable(id, scoped.id()))
			.distinct()
			.toList();
		this.directory.setOnboarding(scoped.id(), known, dueDays, refresherMonths);
		this.audit.record(user, scoped.id(), "onboarding.settings", scoped.id(),
				String.join(", ", known) + " / " + dueDays + " / " + refresherMonths);
		redirect.addFlashAttribute("notice", "onboarding.saved");
		return "redirect:/admin/onboarding?pole=" + scoped.id();
	}

}
