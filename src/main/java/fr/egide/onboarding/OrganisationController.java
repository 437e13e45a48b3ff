package fr.egide.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;

import fr.egide.audit.AuditLog;
import fr.egide.directory.Directory;
import fr.egide.directory.Role;
import fr.egide.security.AdminScope;
import fr.egide.security.EgideUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pole admin's adherents: the list, the admission form and each organisation's page. */
@Controller
class OrganisationController {

	private final Directory directory;

	private final AdminScope scope;

	private final ScopedLookups lookups;

	private final OnboardingStatus status;

	private final AuditLog audit;

	private final Clock clock;

	OrganisationController(Directory directory, AdminScope scope, ScopedLookups lookups, OnboardingStatus status,
			AuditLog audit, Clock clock) {
		this.directory = directory;
		this.scope = scope;
		this.lookups = lookups;
		this.status = status;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/admin/organisations")
	String list(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String pole, Model model) {
		var scoped = this.scope.pole(user, pole);
		model.addAttribute("pole", scoped);
		model.addAttribute("organisations", this.directory.organisations(scoped.id()));
		return "onboarding/organisations";
	}

	@GetMapping("/admin/organisations/new")
	String admissionForm(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String pole,
			Model model) {
		model.addAttribute("pole", this.scope.pole(user, pole));
		model.addAttribute("form", AdmissionForm.empty(LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Paris")))));
		return "onboarding/admission";
	}

	@PostMapping("/admin/organisations")
	String admit(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String pole,
			@Valid @ModelAttribute("form") AdmissionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var scoped = this.scope.pole(user, pole);
		if (!errors.hasErrors()) {
			try {
				var organisation = this.directory.admit(new Directory.NewOrganisation(scoped.id(), form.name(),
						form.identifier(), form.type(), form.admittedOn(),
						List.of(nonNull(form.sponsor1()), nonNull(form.sponsor2())), form.contactName(),
						form.contactEmail()));
				this.audit.record(user, scoped.id(), "organisation.admitted", organisation.id(), organisation.name());
				redirect.addFlashAttribute("notice", "admission.done");
				return "redirect:/admin/organisations/" + organisation.id();
			}
			catch (Directory.NameTakenException ex) {
				errors.rejectValue("name", "admission.name.taken");
			}
		}
		model.addAttribute("pole", scoped);
		return "onboarding/admission";
	}

	@GetMapping("/admin/organisations/{id}")
	String organisation(@AuthenticationPrincipal EgideUser user, @PathVariable String id, Model model) {
		var organisation = this.lookups.organisation(user, id);
		var rows = this.status.rows(organisation);
		model.addAttribute("organisation", organisation);
		model.addAttribute("pole", this.directory.pole(organisation.poleId()).orElseThrow());
		model.addAttribute("rows", rows);
		model.addAttribute("summary", OnboardingStatus.summary(rows));
		model.addAttribute("history", this.audit.about(organisation.poleId(), organisation.id(), 50));
		model.addAttribute("roles", List.of(Role.MEMBER, Role.SPEAKER, Role.POLE_ADMIN));
		return "onboarding/organisation";
	}

	private static String nonNull(String value) {
		return value == null ? "" : value;
	}

}
