package fr.egide.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.egide.quiz.QuizSource.ChoiceSource;

/**
 * Reads one GIFT question (the lines of a block, joined) into its parts, or says why it
 * cannot be a QCM question. Never throws.
 */
final class GiftQuestionReader {

	/** A question read from its block, before it has an id. */
	record Parsed(String title, QuestionType type, String text, List<ChoiceSource> choices, Boolean answer,
			String explanation) {
	}

	private GiftQuestionReader() {
	}

	/** The question in {@code block}, or empty with the reasons added to {@code problems}. */
	static Optional<Parsed> read(String block, List<String> problems) {
		String rest = block.strip();
		String title = "";
		if (rest.startsWith("::")) {
			int end = GiftText.indexOf(rest, "::", 2);
			if (end < 0) {
				problems.add("the title has no closing '::'");
				return Optional.empty();
			}
			title = GiftText.unescape(rest.substring(2, end).strip());
			rest = rest.substring(end + 2).strip();
		}
		if (rest.startsWith("[")) {
			int end = rest.indexOf(']');
			String format = (end > 0) ? rest.substring(1, end).toLowerCase(Locale.ROOT) : "";
			if (format.equals("html")) {
				problems.add("HTML questions are not supported: use [markdown]");
				return Optional.empty();
			}
			if (format.equals("markdown") || format.equals("plain") || format.equals("moodle")) {
				rest = rest.substring(end + 1).strip();
			}
		}
		int open = GiftText.indexOf(rest, "{", 0);
		if (open < 0) {
			problems.add("description questions (no answer block '{...}') are not supported");
			return Optional.empty();
		}
		int close = GiftText.indexOf(rest, "}", open + 1);
		if (close < 0) {
			problems.add("unclosed '{': the answer block has no closing '}'");
			return Optional.empty();
		}
		if (!rest.substring(close + 1).isBlank()) {
			problems.add("missing-word questions (text after the closing '}') are not supported");
			return Optional.empty();
		}
		String text = GiftText.unescape(rest.substring(0, open).strip());
		String inner = rest.substring(open + 1, close);
		int general = GiftText.indexOf(inner, "####", 0);
		String answers = ((general < 0) ? inner : inner.substring(0, general)).strip();
		String explanation = (general < 0) ? "" : GiftText.unescape(inner.substring(general + 4).strip());
		int before = problems.size();
		if (text.isEmpty()) {
			problems.add("the question has no text before '{'");
		}
		Optional<Parsed> parsed = answers(title, text, answers, explanation, problems);
		return (problems.size() > before) ? Optional.empty() : parsed;
	}

	private static Optional<Parsed> answers(String title, String text, String answers, String explanation,
			List<String> problems) {
		if (answers.isEmpty()) {
			problems.add("essay questions ('{}') are not supported");
			return Optional.empty();
		}
		if (answers.startsWith("#")) {
			problems.add("numerical questions ('{#...}') are not supported");
			return Optional.empty();
		}
		if (GiftText.indexOf(answers, "->", 0) >= 0) {
			problems.add("matching questions ('->') are not supported");
			return Optional.empty();
		}
		int hash = GiftText.indexOf(answers, "#", 0);
		String head = ((hash < 0) ? answers : answers.substring(0, hash)).strip().toUpperCase(Locale.ROOT);
		if (head.equals("T") || head.equals("F") || head.equals("TRUE") || head.equals("FALSE")) {
			String feedbacks = (hash < 0) ? "" : answers.substring(hash + 1);
			int second = GiftText.indexOf(feedbacks, "#", 0);
			String wrong = GiftText.unescape(((second < 0) ? feedbacks : feedbacks.substring(0, second)).strip());
			String right = (second < 0) ? "" : GiftText.unescape(feedbacks.substring(second + 1).strip());
			String shown = !explanation.isEmpty() ? explanation : !wrong.isEmpty() ? wrong : right;
			return Optional.of(new Parsed(title, QuestionType.TRUE_FALSE, text, List.of(), head.startsWith("T"),
					shown));
		}
		if (GiftText.indexOf(answers, "~", 0) < 0) {
			problems.add("short answer questions (only '=' answers, no '~') are not supported");
			return Optional.empty();
		}
		return choices(answers, problems)
			.map(choices -> new Parsed(title, choices.type(), text, choices.choices(), null, explanation));
	}

	private record Choices(QuestionType type, List<ChoiceSource> choices) {
	}

	private static Optional<Choices> choices(String answers, List<String> problems) {
		List<Integer> starts = new ArrayList<>();
		for (int i = 0; i < answers.length(); i++) {
			char c = answers.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '=' || c == '~') {
				starts.add(i);
			}
		}
		if (!answers.substring(0, starts.get(0)).isBlank()) {
			problems.add("each answer must start with '=' (right) or '~' (wrong)");
		}
		List<ChoiceSource> choices = new ArrayList<>();
		int positive = 0;
		boolean negative = false;
		boolean equalsMarked = false;
		for (int k = 0; k < starts.size(); k++) {
			int start = starts.get(k);
			int end = (k + 1 < starts.size()) ? starts.get(k + 1) : answers.length();
			boolean equals = answers.charAt(start) == '=';
			String piece = answers.substring(start + 1, end).strip();
			double weight = equals ? 100 : 0;
			if (piece.startsWith("%")) {
				int percent = piece.indexOf('%', 1);
				Double parsed = (percent > 0) ? weight(piece.substring(1, percent)) : null;
				if (parsed == null) {
					problems.add("invalid weight in '" + piece + "': write it as %50% or %-100%");
					return Optional.empty();
				}
				weight = parsed;
				piece = piece.substring(percent + 1).strip();
			}
			int hash = GiftText.indexOf(piece, "#", 0);
			String text = GiftText.unescape(((hash < 0) ? piece : piece.substring(0, hash)).strip());
			String feedback = (hash < 0) ? "" : GiftText.unescape(piece.substring(hash + 1).strip());
			if (text.isEmpty()) {
				problems.add("an answer has no text");
			}
			positive += (weight > 0) ? 1 : 0;
			negative |= weight < 0;
			equalsMarked |= equals && weight > 0;
			choices.add(new ChoiceSource(text, weight > 0, feedback));
		}
		if (choices.size() < 2) {
			problems.add("a question needs at least two choices (found " + choices.size() + ")");
		}
		if (positive == 0) {
			problems.add("no correct answer: mark one with '=' or a positive weight such as ~%50%");
		}
		boolean single = positive == 1 && (equalsMarked || !negative);
		return Optional.of(new Choices(single ? QuestionType.SINGLE : QuestionType.MULTIPLE, choices));
	}

	private static Double weight(String text) {
		if (!text.matches("-?[0-9]{1,3}(\\.[0-9]{1,10})?")) {
			return null;
		}
		double weight = Double.parseDouble(text);
		return (weight >= -100 && weight <= 100) ? weight : null;
	}

}
