package fr.egide.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.egide.catalog.CourseCatalog;
import fr.egide.security.EgideUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The QCM page, its submission and the review of an attempt. */
@Controller
@RequestMapping("/modules/{moduleId}/quiz")
class QuizPageController {

	static final String ANSWER_PREFIX = "q.";

	private final QuizGrading grading;

	private final CourseCatalog catalog;

	QuizPageController(QuizGrading grading, CourseCatalog catalog) {
		this.grading = grading;
		this.catalog = catalog;
	}

	@GetMapping
	String quiz(@AuthenticationPrincipal EgideUser user, @PathVariable String moduleId, Model model) {
		model.addAttribute("module", this.grading.module(Learner.of(user), moduleId));
		model.addAttribute("sheet", this.grading.sheet(Learner.of(user), moduleId));
		// One id per rendering of the form: a double click or a resent form records one attempt.
		model.addAttribute("submissionId", UUID.randomUUID());
		return "quiz/quiz";
	}

	@PostMapping
	String submit(@AuthenticationPrincipal EgideUser user, @PathVariable String moduleId,
			@RequestParam UUID submissionId, @RequestParam MultiValueMap<String, String> form, Model model) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		form.forEach((name, values) -> {
			if (name.startsWith(ANSWER_PREFIX)) {
				answers.put(name.substring(ANSWER_PREFIX.length()), new ArrayList<>(values));
			}
		});
		var result = this.grading.submit(Learner.of(user), moduleId, submissionId, answers);
		return "redirect:/modules/" + moduleId + "/quiz/attempts/" + result.attemptId();
	}

	@GetMapping("/attempts/{attemptId}")
	String result(@AuthenticationPrincipal EgideUser user, @PathVariable String moduleId,
			@PathVariable String attemptId, Model model) {
		var result = this.grading.result(Learner.of(user), attemptId)
			.filter(found -> found.moduleId().equals(moduleId))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("module", this.catalog.module(moduleId, result.moduleVersion())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("result", result);
		return "quiz/result";
	}

}
