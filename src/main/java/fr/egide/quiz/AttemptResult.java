package fr.egide.quiz;

import java.time.Instant;
import java.util.List;

/** A graded attempt as the member reviews it after submitting. */
public record AttemptResult(String attemptId, String moduleId, int moduleVersion, int score, int passMark,
		boolean passed, Instant submittedAt, List<QuestionReview> questions) {

	/** One question with what the member chose, what was right, and why. */
	public record QuestionReview(String id, String textHtml, boolean correct, String explanationHtml,
			List<ChoiceReview> choices) {
	}

	/** A choice as reviewed: whether it was picked, whether it is right, its feedback if picked. */
	public record ChoiceReview(String id, String textHtml, boolean chosen, boolean correct, String feedbackHtml) {
	}

}
