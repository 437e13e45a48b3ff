package fr.egide.quiz;

import java.util.List;
import java.util.Objects;

/**
 * A QCM as its authors write it, before rendering: the common ground of the YAML and GIFT
 * formats. Texts are Markdown source, empty when absent, never {@code null}.
 *
 * @param moduleId the module the QCM closes
 * @param passMark the pass mark, in percent
 * @param questions the questions, in order
 */
public record QuizSource(String moduleId, int passMark, List<QuestionSource> questions) {

	public QuizSource {
		moduleId = Objects.requireNonNullElse(moduleId, "");
		questions = List.copyOf(Objects.requireNonNullElse(questions, List.of()));
	}

	/**
	 * One question. {@code answer} is only for {@link QuestionType#TRUE_FALSE} questions,
	 * which have no choices; it is {@code null} for the others.
	 *
	 * @param id the question id, unique in its QCM
	 * @param title the title given in a GIFT file, empty when none
	 * @param type how the question is answered
	 * @param text the question
	 * @param choices the choices, empty for a true-false question
	 * @param answer the right answer of a true-false question
	 * @param explanation what is shown after the attempt
	 */
	public record QuestionSource(String id, String title, QuestionType type, String text, List<ChoiceSource> choices,
			Boolean answer, String explanation) {

		public QuestionSource {
			id = Objects.requireNonNullElse(id, "");
			title = Objects.requireNonNullElse(title, "");
			text = Objects.requireNonNullElse(text, "");
			choices = List.copyOf(Objects.requireNonNullElse(choices, List.of()));
			explanation = Objects.requireNonNullElse(explanation, "");
		}

	}

	/**
	 * One choice of a single or multiple answer question.
	 *
	 * @param text the choice
	 * @param correct whether it is a right answer
	 * @param feedback what is shown to those who picked it, empty when none
	 */
	public record ChoiceSource(String text, boolean correct, String feedback) {

		public ChoiceSource {
			text = Objects.requireNonNullElse(text, "");
			feedback = Objects.requireNonNullElse(feedback, "");
		}

	}

}
