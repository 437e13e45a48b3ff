package fr.egide.onboarding;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import fr.egide.audit.AuditLog;
import fr.egide.mail.MailStatus;
import fr.egide.security.AdminScope;
import fr.egide.security.EgideUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Inviting many people at once: upload a CSV file, read the preview with every row's problem,
 * then confirm. Only the rows without a problem are invited, and only on confirmation.
 */
@Controller
class InvitationImportController {

	private static final String PLAN = "onboarding.invitation-import";

	private final InvitationImport imports;

	private final Invitations invitations;

	private final ScopedLookups lookups;

	private final AdminScope scope;

	private final AuditLog audit;

	InvitationImportController(InvitationImport imports, Invitations invitations, ScopedLookups lookups,
			AdminScope scope, AuditLog audit) {
		this.imports = imports;
		this.invitations = invitations;
		this.lookups = lookups;
		this.scope = scope;
		this.audit = audit;
	}

	/** What stays in the session between preview and confirmation. */
	record Plan(String poleId, List<InvitationImport.Planned> rows) implements java.io.Serializable {
	}

	@GetMapping("/admin/invitations/import")
	String form(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String pole,
			@RequestParam(required = false) String organisation, Model model) {
		var scoped = this.scope.pole(user, pole);
		model.addAttribute("pole", scoped);
		model.addAttribute("organisations", this.imports.organisations(scoped.id()));
		model.addAttribute("selected", organisation);
		model.addAttribute("maxRows", this.imports.maxRows());
		return "onboarding/import";
	}

	@PostMapping("/admin/invitations/import")
	String preview(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String pole,
			@RequestParam(required = false) String organisation, @RequestParam("file") MultipartFile file,
			HttpSession session, Model model) throws IOException {
		var scoped = this.scope.pole(user, pole);
		var defaultOrganisation = organisation == null || organisation.isBlank() ? null
				: this.lookups.organisation(user, organisation);
		if (defaultOrganisation != null && !defaultOrganisation.poleId().equals(scoped.id())) {
			defaultOrganisation = null;
		}
		var preview = this.imports.preview(scoped.id(), file.getBytes(), defaultOrganisation);
		session.setAttribute(PLAN, new Plan(scoped.id(), preview.planned()));
		form(user, scoped.id(), organisation, model);
		model.addAttribute("filename", file.getOriginalFilename());
		model.addAttribute("preview", preview);
		return "onboarding/import";
	}

	@PostMapping("/admin/invitations/import/confirm")
	String confirm(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String pole,
			HttpSession session, RedirectAttributes redirect) {
		var scoped = this.scope.pole(user, pole);
		Object stored = session.getAttribute(PLAN);
		session.removeAttribute(PLAN);
		if (!(stored instanceof Plan plan) || !plan.poleId().equals(scoped.id())) {
			redirect.addFlashAttribute("problem", "import.expired");
			return "redirect:/admin/invitations/import?pole=" + scoped.id();
		}
		int sent = 0;
		int skipped = 0;
		int failed = 0;
		for (var row : plan.rows()) {
			var organisation = this.lookups.organisation(user, row.organisationId());
			if (this.invitations.problem(scoped.id(), row.email(), row.role()).isPresent()) {
				skipped++;
				continue;
			}
			var status = this.invitations.invite(user, organisation,
					new Invitations.Invitee(row.email(), row.displayName(), row.role()));
			this.audit.record(user, scoped.id(), "invitation.sent", organisation.id(),
					row.displayName() + " <" + row.email() + ">");
			if (status == MailStatus.FAILED) {
				failed++;
			}
			sent++;
		}
		this.audit.record(user, scoped.id(), "invitation.imported", scoped.id(), sent + " / " + plan.rows().size());
		redirect.addFlashAttribute("imported", List.of(sent, skipped, failed));
		return "redirect:/admin/organisations?pole=" + scoped.id();
	}

}
