package fr.egide.quiz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.egide.catalog.ContentFiles;
import fr.egide.catalog.ContentProblem;
import fr.egide.catalog.CourseModule;
import fr.egide.catalog.MarkdownRenderer;
import fr.egide.catalog.YamlMap;

/**
 * Reads the QCM files of a quizzes folder against the modules they close, reporting every
 * problem with its line. The format is documented in {@code courses/README.md}.
 */
public final class QuizFiles {

	private static final List<String> QUIZ_FIELDS = List.of("module", "pass-mark", "max-attempts", "shuffle",
			"questions");

	private static final List<String> QUESTION_FIELDS = List.of("id", "type", "text", "choices", "answer",
			"explanation");

	private static final List<String> CHOICE_FIELDS = List.of("id", "text", "correct", "feedback");

	private final MarkdownRenderer markdown;

	public QuizFiles(MarkdownRenderer markdown) {
		this.markdown = markdown;
	}

	/** The quizzes by module id, and everything wrong with them. */
	public record Loaded(Map<String, Quiz> quizzes, List<ContentProblem> problems) {
	}

	public Loaded read(Path dir, Map<String, CourseModule> modules) {
		List<ContentProblem> problems = new ArrayList<>();
		Map<String, Quiz> quizzes = new LinkedHashMap<>();
		if (!Files.isDirectory(dir)) {
			problems.add(new ContentProblem(dir.toString(), 0, "no such folder"));
			return new Loaded(quizzes, problems);
		}
		Set<String> covered = new HashSet<>();
		try {
			for (Path file : ContentFiles.list(dir, ".yaml")) {
				String shown = ContentFiles.shown(dir, file);
				ContentFiles.readText(file, shown, problems)
					.flatMap(text -> readQuiz(text, shown, modules, problems, covered))
					.ifPresent(quiz -> {
						Quiz previous = quizzes.putIfAbsent(quiz.moduleId(), quiz);
						if (previous != null) {
							problems.add(new ContentProblem(shown, 1, "module '" + quiz.moduleId()
									+ "' already has a QCM in " + previous.source()));
						}
					});
			}
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(dir.toString(), 0, "cannot read folder: " + ex.getMessage()));
		}
		modules.values()
			.stream()
			.filter(module -> !covered.contains(module.id()))
			.forEach(module -> problems.add(new ContentProblem(module.source(), 2, "module '" + module.id()
					+ "' has no QCM: add " + ContentFiles.shown(dir, dir.resolve(module.id() + ".yaml")))));
		return new Loaded(quizzes, problems);
	}

	/** Reads one QCM file; {@code covered} receives its module id even when the file has problems. */
	Optional<Quiz> readQuiz(String text, String path, Map<String, CourseModule> modules,
			List<ContentProblem> problems, Set<String> covered) {
		int before = problems.size();
		var parsed = YamlMap.parse(text, path, 0, problems);
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		YamlMap yaml = parsed.get();
		yaml.rejectUnknown(QUIZ_FIELDS);
		var moduleId = yaml.id("module");
		moduleId.ifPresent(covered::add);
		moduleId.filter(id -> !modules.containsKey(id))
			.ifPresent(id -> yaml.problem("module", "unknown module '" + id + "'"));
		String language = moduleId.map(modules::get).map(CourseModule::language).orElse("fr");
		int passMark = yaml.integer("pass-mark", false, 1, 100).orElse(80);
		int maxAttempts = yaml.integer("max-attempts", false, 0, 1000).orElse(0);
		boolean shuffle = yaml.bool("shuffle").orElse(true);
		List<Question> questions = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (YamlMap item : yaml.maps("questions", true)) {
			readQuestion(item, language).ifPresent(question -> {
				if (ids.add(question.id())) {
					questions.add(question);
				}
				else {
					item.problem("id", "duplicate question id '" + question.id() + "'");
				}
			});
		}
		if (problems.size() > before) {
			return Optional.empty();
		}
		return Optional.of(new Quiz(moduleId.get(), passMark, maxAttempts, shuffle, questions, path));
	}

	private Optional<Question> readQuestion(YamlMap yaml, String language) {
		yaml.rejectUnknown(QUESTION_FIELDS);
		var id = yaml.id("id");
		var text = yaml.text("text", true);
		var explanation = yaml.text("explanation", true);
		String typeName = yaml.text("type", false).orElse("single");
		QuestionType type = switch (typeName) {
			case "single" -> QuestionType.SINGLE;
			case "multiple" -> QuestionType.MULTIPLE;
			case "true-false" -> QuestionType.TRUE_FALSE;
			default -> {
				yaml.problem("type", "type must be single, multiple or true-false (got '" + typeName + "')");
				yield null;
			}
		};
		if (type == null) {
			return Optional.empty();
		}
		List<Choice> choices = (type == QuestionType.TRUE_FALSE) ? trueFalseChoices(yaml, language)
				: choices(yaml, type);
		if (id.isEmpty() || text.isEmpty() || explanation.isEmpty() || choices.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Question(id.get(), type, this.markdown.inline(text.get()), choices,
				this.markdown.block(explanation.get())));
	}

	private List<Choice> trueFalseChoices(YamlMap yaml, String language) {
		if (yaml.has("choices")) {
			yaml.problem("choices", "a true-false question takes 'answer: true' or 'answer: false', not choices");
			return List.of();
		}
		var answer = yaml.bool("answer");
		if (!yaml.has("answer")) {
			yaml.problem("missing field 'answer' (true or false)");
		}
		if (answer.isEmpty()) {
			return List.of();
		}
		boolean english = language.equals("en");
		return List.of(new Choice("true", english ? "True" : "Vrai", answer.get(), ""),
				new Choice("false", english ? "False" : "Faux", !answer.get(), ""));
	}

	private List<Choice> choices(YamlMap yaml, QuestionType type) {
		if (yaml.has("answer")) {
			yaml.problem("answer", "'answer' is only for true-false questions; mark choices with 'correct: true'");
		}
		List<YamlMap> items = yaml.maps("choices", true);
		List<Choice> choices = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			YamlMap item = items.get(i);
			item.rejectUnknown(CHOICE_FIELDS);
			String id = item.has("id") ? item.id("id").orElse(null) : defaultChoiceId(i);
			var text = item.text("text", true);
			boolean correct = item.bool("correct").orElse(false);
			String feedback = item.text("feedback", false).map(this.markdown::inline).orElse("");
			if (id != null && !ids.add(id)) {
				item.problem("duplicate choice id '" + id + "'");
			}
			if (id != null && text.isPresent()) {
				choices.add(new Choice(id, this.markdown.inline(text.get()), correct, feedback));
			}
		}
		long correctCount = choices.stream().filter(Choice::correct).count();
		if (items.size() < 2 && !items.isEmpty()) {
			yaml.problem("choices", "a question needs at least two choices");
		}
		if (correctCount == 0 && !items.isEmpty()) {
			yaml.problem("choices", "no correct answer: mark one choice with 'correct: true'");
		}
		else if (type == QuestionType.SINGLE && correctCount > 1) {
			yaml.problem("choices", "a single-answer question has exactly one correct choice (found " + correctCount
					+ "); use 'type: multiple'");
		}
		return choices.size() == items.size() ? choices : List.of();
	}

	private static String defaultChoiceId(int index) {
		return index < 26 ? String.valueOf((char) ('a' + index)) : "c" + (index + 1);
	}

}
