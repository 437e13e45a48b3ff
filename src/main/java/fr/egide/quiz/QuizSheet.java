package fr.egide.quiz;

import java.util.List;

/**
 * A QCM as sent to a member before they answer: questions and choices only, never which
 * choices are correct.
 */
public record QuizSheet(String moduleId, int moduleVersion, int passMark, int maxAttempts, long attemptsUsed,
		List<SheetQuestion> questions) {

	public boolean attemptsLeft() {
		return this.maxAttempts == 0 || this.attemptsUsed < this.maxAttempts;
	}

	/** A question without its answer. */
	public record SheetQuestion(String id, String textHtml, boolean multiple, List<SheetChoice> choices) {
	}

	/** A choice without its correctness or feedback. */
	public record SheetChoice(String id, String textHtml) {
	}

}
