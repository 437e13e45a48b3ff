package fr.egide.onboarding;

import fr.egide.audit.AuditLog;
import fr.egide.directory.Directory;
import fr.egide.security.EgideUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Blocking and restoring a member's access; the block applies to their very next request. */
@Controller
class MemberAdminController {

	private final Directory directory;

	private final ScopedLookups lookups;

	private final AuditLog audit;

	MemberAdminController(Directory directory, ScopedLookups lookups, AuditLog audit) {
		this.directory = directory;
		this.lookups = lookups;
		this.audit = audit;
	}

	@PostMapping("/admin/members/{id}/deactivate")
	String deactivate(@AuthenticationPrincipal EgideUser user, @PathVariable String id, RedirectAttributes redirect) {
		return setActive(user, id, false, redirect);
	}

	@PostMapping("/admin/members/{id}/reactivate")
	String reactivate(@AuthenticationPrincipal EgideUser user, @PathVariable String id, RedirectAttributes redirect) {
		return setActive(user, id, true, redirect);
	}

	private String setActive(EgideUser user, String id, boolean active, RedirectAttributes redirect) {
		var member = this.lookups.member(user, id);
		if (member.id().equals(user.memberId())) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "You cannot deactivate yourself.");
		}
		this.directory.setActive(member.id(), active);
		this.audit.record(user, member.poleId(), active ? "member.reactivated" : "member.deactivated",
				member.organisationId(), member.displayName() + " <" + member.email() + ">");
		redirect.addFlashAttribute("notice", active ? "member.reactivated" : "member.deactivated");
		return member.organisationId() == null ? "redirect:/admin" : "redirect:/admin/organisations/" + member.organisationId();
	}

}
