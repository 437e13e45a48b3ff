package fr.egide.onboarding;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.egide.audit.AuditLog;
import fr.egide.directory.Directory;
import fr.egide.learning.AttestationRecords;
import fr.egide.learning.Assignments;
import fr.egide.learning.LearningProgress;
import fr.egide.quiz.QuizGrading;
import fr.egide.security.EgideUser;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's right of access (download everything held about them, as JSON) and a pole
 * admin's erasure of a member: personal fields go, anonymous results stay counted.
 */
@Controller
class PersonalDataController {

	private final Directory directory;

	private final LearningProgress progress;

	private final Assignments assignments;

	private final QuizGrading grading;

	private final Charters charters;

	private final Invitations invitations;

	private final ScopedLookups lookups;

	private final AuditLog audit;

	private final AttestationRecords attestations;

	PersonalDataController(Directory directory, LearningProgress progress, Assignments assignments,
			QuizGrading grading, Charters charters, Invitations invitations, ScopedLookups lookups, AuditLog audit,
			AttestationRecords attestations) {
		this.attestations = attestations;
		this.directory = directory;
		this.progress = progress;
		this.assignments = assignments;
		this.grading = grading;
		this.charters = charters;
		this.invitations = invitations;
		this.lookups = lookups;
		this.audit = audit;
	}

	@GetMapping(path = "/me/data", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> download(@AuthenticationPrincipal EgideUser user) {
		var account = this.directory.member(user.memberId()).orElseThrow();
		Map<String, Object> data = new LinkedHashMap<>();
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("email", account.email());
		person.put("displayName", account.displayName());
		person.put("roles", account.roles());
		person.put("pole", this.directory.pole(account.poleId()).map(p -> p.name()).orElse(null));
		person.put("organisation", this.directory.organisation(account.organisationId()).map(o -> o.name()).orElse(null));
		person.put("accountCreatedAt", account.createdAt());
		data.put("account", person);
		data.put("progress", this.progress.forMember(account.id()).values().stream()
			.filter(view -> view.status() != fr.egide.learning.ProgressStatus.NOT_STARTED)
			.toList());
		data.put("assignments", this.assignments.forMember(account.id()));
		data.put("quizAttempts", this.grading.history(account.id()));
		data.put("attestations", this.attestations.of(account.id()));
		data.put("charterAcknowledgements", this.charters.acknowledgementsOf(account.id()).stream()
			.map(ack -> Map.of("version", ack.version(), "at", ack.at(), "ip", ack.ip() == null ? "" : ack.ip()))
			.toList());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"egide-mes-donnees.json\"")
			.body(data);
	}

	@PostMapping("/admin/members/{id}/erase")
	String erase(@AuthenticationPrincipal EgideUser user, @PathVariable String id, RedirectAttributes redirect) {
		var member = this.lookups.member(user, id);
		if (member.id().equals(user.memberId())) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "You cannot erase yourself.");
		}
		this.charters.forgetAddresses(member.id());
		this.attestations.forget(member.id());
		this.invitations.forget(member.poleId(), member.email());
		this.audit.redact(member.poleId(), member.email());
		this.directory.erase(member.id());
		this.audit.record(user, member.poleId(), "member.erased", member.organisationId(), member.id());
		redirect.addFlashAttribute("notice", "member.erased");
		return member.organisationId() == null ? "redirect:/admin"
				: "redirect:/admin/organisations/" + member.organisationId();
	}

}
