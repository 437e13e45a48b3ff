package fr.egide.reporting;

import fr.egide.directory.Directory;
import fr.egide.directory.Role;
import fr.egide.learning.Assignments;
import fr.egide.learning.LearningProgress;
import fr.egide.quiz.QuizGrading;
import fr.egide.security.AdminScope;
import fr.egide.security.EgideUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Drill-down to one member: each module (status, version, time, best score) and every attempt. */
@Controller
class MemberReportController {

	private final Directory directory;

	private final AdminScope scope;

	private final LearningProgress progress;

	private final Assignments assignments;

	private final QuizGrading grading;

	MemberReportController(Directory directory, AdminScope scope, LearningProgress progress, Assignments assignments,
			QuizGrading grading) {
		this.directory = directory;
		this.scope = scope;
		this.progress = progress;
		this.assignments = assignments;
		this.grading = grading;
	}

	@GetMapping("/admin/members/{id}")
	String member(@AuthenticationPrincipal EgideUser user, @PathVariable String id, Model model) {
		var member = this.directory.member(id)
			.filter(account -> account.poleId() != null && !account.has(Role.PLATFORM_ADMIN))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var pole = this.scope.pole(user, member.poleId());
		model.addAttribute("pole", pole);
		model.addAttribute("member", member);
		model.addAttribute("organisation", this.directory.organisation(member.organisationId()).orElse(null));
		model.addAttribute("progress", this.progress.forMember(member.id()).values());
		model.addAttribute("assignments", this.assignments.forMember(member.id()));
		var attempts = new java.util.ArrayList<>(this.grading.history(member.id()));
		java.util.Collections.reverse(attempts);
		model.addAttribute("attempts", attempts);
		return "reporting/member";
	}

}
