package fr.egide.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import fr.egide.quiz.QuizSource.ChoiceSource;
import fr.egide.quiz.QuizSource.QuestionSource;

/**
 * Writes a {@link QuizSource} in Moodle's GIFT format, one question per block, texts in
 * {@code [markdown]}. {@link GiftReader} reads the result back into an equal source.
 */
public final class GiftWriter {

	private GiftWriter() {
	}

	public static String write(QuizSource quiz) {
		StringBuilder out = new StringBuilder();
		out.append("// Égide QCM ")
			.append(quiz.moduleId().replaceAll("\\s+", " "))
			.append(", pass mark ")
			.append(quiz.passMark())
			.append(" %\n");
		List<QuestionSource> questions = quiz.questions();
		for (int i = 0; i < questions.size(); i++) {
			out.append('\n');
			question(out, questions.get(i), i + 1);
		}
		return out.toString();
	}

	private static void question(StringBuilder out, QuestionSource question, int number) {
		String title = question.title().isBlank() ? question.id() : question.title();
		boolean defaultId = question.title().isBlank() && question.id().equals("q" + number);
		if (!defaultId && !title.isBlank()) {
			out.append("::").append(GiftText.escape(title)).append("::");
		}
		out.append("[markdown]").append(GiftText.escape(question.text())).append('\n');
		String explanation = question.explanation().isEmpty() ? ""
				: "####" + GiftText.escape(question.explanation());
		if (question.type() == QuestionType.TRUE_FALSE) {
			out.append(Boolean.TRUE.equals(question.answer()) ? "{TRUE" : "{FALSE").append(explanation).append("}\n");
			return;
		}
		out.append("{\n");
		long correct = question.choices().stream().filter(ChoiceSource::correct).count();
		String weight = weight(correct);
		for (ChoiceSource choice : question.choices()) {
			if (question.type() == QuestionType.MULTIPLE) {
				out.append(choice.correct() ? "~%" + weight + "%" : "~%-100%");
			}
			else {
				out.append(choice.correct() ? "=" : "~");
				if (choice.text().startsWith("%")) {
					out.append(choice.correct() ? "%100%" : "%0%");
				}
			}
			out.append(GiftText.escape(choice.text()));
			if (!choice.feedback().isEmpty()) {
				out.append('#').append(GiftText.escape(choice.feedback()));
			}
			out.append('\n');
		}
		if (!explanation.isEmpty()) {
			out.append(explanation).append('\n');
		}
		out.append("}\n");
	}

	/**
	 * The weight of each right answer: 100 divided by their number, as in Moodle's list of
	 * grades (100, 50, 33.33333, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10).
	 */
	static String weight(long correct) {
		if (correct <= 1) {
			return "100";
		}
		return BigDecimal.valueOf(100.0 / correct).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros()
			.toPlainString();
	}

}
