package fr.egide.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import fr.egide.quiz.QuizSource.ChoiceSource;
import fr.egide.quiz.QuizSource.QuestionSource;

/**
 * Our QCM YAML format (see {@code courses/README.md}) to and from a {@link QuizSource}.
 * Writing quotes every text; reading expects a text already checked by {@link QuizFiles}.
 */
public final class QuizYaml {

	/** Written when a GIFT question has no general feedback: our format requires one. */
	static final String NO_EXPLANATION = "Pas d’explication fournie dans le fichier GIFT.";

	private QuizYaml() {
	}

	public static String write(QuizSource quiz) {
		StringBuilder out = new StringBuilder();
		out.append("module: ").append(quote(quiz.moduleId())).append('\n');
		out.append("pass-mark: ").append(quiz.passMark()).append('\n');
		out.append("shuffle: true\n");
		out.append("questions:\n");
		for (QuestionSource question : quiz.questions()) {
			out.append("  - id: ").append(quote(question.id())).append('\n');
			out.append("    type: ").append(typeName(question.type())).append('\n');
			out.append("    text: ").append(quote(question.text())).append('\n');
			if (question.type() == QuestionType.TRUE_FALSE) {
				out.append("    answer: ").append(Boolean.TRUE.equals(question.answer())).append('\n');
			}
			else {
				out.append("    choices:\n");
				for (ChoiceSource choice : question.choices()) {
					out.append("      - text: ").append(quote(choice.text())).append('\n');
					if (choice.correct()) {
						out.append("        correct: true\n");
					}
					if (!choice.feedback().isEmpty()) {
						out.append("        feedback: ").append(quote(choice.feedback())).append('\n');
					}
				}
			}
			String explanation = question.explanation().isBlank() ? NO_EXPLANATION : question.explanation();
			out.append("    explanation: ").append(quote(explanation)).append("\n\n");
		}
		return out.toString();
	}

	/** Reads a QCM file; titles are empty, as our format has none. */
	public static QuizSource read(String yamlText) {
		var options = new LoaderOptions();
		options.setMaxAliasesForCollections(10);
		Map<?, ?> root = (Map<?, ?>) new Yaml(new SafeConstructor(options)).load(yamlText);
		Object passMark = root.get("pass-mark");
		List<QuestionSource> questions = new ArrayList<>();
		for (Map<?, ?> item : maps(root.get("questions"))) {
			QuestionType type = switch (text(item.get("type"))) {
				case "multiple" -> QuestionType.MULTIPLE;
				case "true-false" -> QuestionType.TRUE_FALSE;
				default -> QuestionType.SINGLE;
			};
			List<ChoiceSource> choices = new ArrayList<>();
			for (Map<?, ?> choice : maps(item.get("choices"))) {
				choices.add(new ChoiceSource(text(choice.get("text")), Boolean.TRUE.equals(choice.get("correct")),
						text(choice.get("feedback"))));
			}
			Boolean answer = (type == QuestionType.TRUE_FALSE) ? Boolean.TRUE.equals(item.get("answer")) : null;
			questions.add(new QuestionSource(text(item.get("id")), "", type, text(item.get("text")), choices, answer,
					text(item.get("explanation"))));
		}
		return new QuizSource(text(root.get("module")),
				(passMark instanceof Integer mark) ? mark : 80, questions);
	}

	private static List<Map<?, ?>> maps(Object value) {
		List<Map<?, ?>> maps = new ArrayList<>();
		if (value instanceof List<?> list) {
			list.stream().filter(Map.class::isInstance).forEach(item -> maps.add((Map<?, ?>) item));
		}
		return maps;
	}

	private static String text(Object value) {
		return (value != null) ? value.toString().strip() : "";
	}

	private static String typeName(QuestionType type) {
		return switch (type) {
			case SINGLE -> "single";
			case MULTIPLE -> "multiple";
			case TRUE_FALSE -> "true-false";
		};
	}

	/** A double-quoted YAML scalar: backslash, quote, line breaks and control characters escaped. */
	static String quote(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '"' -> out.append("\\\"");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029'
							|| c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF') {
						if (Character.isHighSurrogate(c) && i + 1 < text.length()
								&& Character.isLowSurrogate(text.charAt(i + 1))) {
							out.append(c).append(text.charAt(++i));
						}
						else {
							out.append(String.format("\\u%04X", (int) c));
						}
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
