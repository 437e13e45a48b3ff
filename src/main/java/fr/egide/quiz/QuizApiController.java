package fr.egide.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.egide.security.EgideUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The QCM for integrations: fetch the questions, submit an attempt, get it graded. */
@RestController
@RequestMapping("/api/modules/{moduleId}/quiz")
class QuizApiController {

	private final QuizGrading grading;

	QuizApiController(QuizGrading grading) {
		this.grading = grading;
	}

	/** What a client sends; anything it adds about correctness or score is ignored. */
	record Submission(UUID submissionId, Map<String, List<String>> answers) {
	}

	record GradedQuestion(String id, boolean correct, String explanation) {
	}

	record Graded(String attemptId, String moduleId, int moduleVersion, int score, int passMark, boolean passed,
			Instant submittedAt, List<GradedQuestion> questions) {
	}

	@GetMapping
	QuizSheet sheet(@AuthenticationPrincipal EgideUser user, @PathVariable String moduleId) {
		return this.grading.sheet(Learner.of(user), moduleId);
	}

	@PostMapping("/attempts")
	Graded submit(@AuthenticationPrincipal EgideUser user, @PathVariable String moduleId,
			@RequestBody Submission submission) {
		if (submission.submissionId() == null) {
			throw new AttemptRejectedException(HttpStatus.BAD_REQUEST,
					"submissionId is required: a UUID the client generates once per attempt and reuses on retry.");
		}
		var result = this.grading.submit(Learner.of(user), moduleId, submission.submissionId(),
				submission.answers());
		return new Graded(result.attemptId(), result.moduleId(), result.moduleVersion(), result.score(),
				result.passMark(), result.passed(), result.submittedAt(),
				result.questions()
					.stream()
					.map(question -> new GradedQuestion(question.id(), question.correct(), question.explanationHtml()))
					.toList());
	}

}
