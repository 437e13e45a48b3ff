package fr.egide.quiz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.egide.catalog.CatalogFiles;
import fr.egide.catalog.ContentProblem;
import fr.egide.catalog.CourseModule;
import fr.egide.catalog.MarkdownRenderer;

import static org.assertj.core.api.Assertions.assertThat;

class QuizFilesTests {

	private final MarkdownRenderer markdown = new MarkdownRenderer();

	private final Map<String, CourseModule> modules = new CatalogFiles(this.markdown)
		.read(Path.of("src/test/resources/content/courses"))
		.modules();

	private final QuizFiles quizzes = new QuizFiles(this.markdown);

	@Test
	void readsTheTestQuizzes() {
		var loaded = this.quizzes.read(Path.of("src/test/resources/content/quizzes"), this.modules);
		assertThat(loaded.problems()).isEmpty();
		Quiz alpha = loaded.quizzes().get("alpha");
		assertThat(alpha.passMark()).isEqualTo(80);
		assertThat(alpha.maxAttempts()).isZero();
		assertThat(alpha.questions()).hasSize(5);
		Question multiple = alpha.question("q2").orElseThrow();
		assertThat(multiple.type()).isEqualTo(QuestionType.MULTIPLE);
		assertThat(multiple.correctChoiceIds()).containsExactlyInAnyOrder("premiere", "deuxieme");
		Question trueFalse = alpha.question("q3").orElseThrow();
		assertThat(trueFalse.choices()).extracting(Choice::textHtml).containsExactly("Vrai", "Faux");
		assertThat(trueFalse.correctChoiceIds()).containsExactly("true");
		assertThat(alpha.question("q1").orElseThrow().choices()).extracting(Choice::id).containsExactly("a", "b", "c");
		assertThat(loaded.quizzes().get("beta").maxAttempts()).isEqualTo(2);
	}

	@Test
	void reportsEveryProblemWithItsLine() {
		List<ContentProblem> problems = new ArrayList<>();
		this.quizzes.readQuiz("""
				module: alpha
				pass-mark: 120
				questions:
				  - id: sans-bonne-reponse
				    text: Question ?
				    choices:
				      - text: Non
				      - text: Non plus
				    explanation: Aucune.
				  - id: deux-bonnes
				    text: Question ?
				    choices:
				      - text: Oui
				        correct: true
				      - text: Oui aussi
				        corect: true
				        correct: true
				    explanation: Deux.
				  - id: vrai-faux
				    type: true-false
				    text: Vrai ?
				    explanation: Oui.
				  - id: sans-explication
				    type: essay
				    text: Question ?
				  - id: sans-bonne-reponse
				    text: Doublon
				    choices:
				      - text: A
				        correct: true
				      - text: B
				    explanation: Doublon.
				""", "quizzes/alpha.yaml", this.modules, problems, new java.util.HashSet<>());
		assertThat(problems).extracting(ContentProblem::toString)
			.contains("quizzes/alpha.yaml:2: 'pass-mark' must be a whole number from 1 to 100 (got '120')",
					"quizzes/alpha.yaml:7: no correct answer: mark one choice with 'correct: true'",
					"quizzes/alpha.yaml:13: a single-answer question has exactly one correct choice (found 2); use 'type: multiple'",
					"quizzes/alpha.yaml:19: missing field 'answer' (true or false)",
					"quizzes/alpha.yaml:24: type must be single, multiple or true-false (got 'essay')",
					"quizzes/alpha.yaml:23: missing field 'explanation'",
					"quizzes/alpha.yaml:26: duplicate question id 'sans-bonne-reponse'");
		assertThat(problems).extracting(ContentProblem::toString)
			.anyMatch(line -> line.startsWith("quizzes/alpha.yaml:16: unknown field 'corect'"));
	}

	@Test
	void aModuleWithoutQuizAndAQuizOfAnUnknownModuleAreProblems() {
		List<ContentProblem> problems = new ArrayList<>();
		this.quizzes.readQuiz("module: gamma\nquestions:\n  - id: q\n    type: true-false\n    text: x\n    answer: true\n"
				+ "    explanation: y\n", "quizzes/gamma.yaml", this.modules, problems, new java.util.HashSet<>());
		assertThat(problems).extracting(ContentProblem::toString)
			.containsExactly("quizzes/gamma.yaml:1: unknown module 'gamma'");
		var loaded = this.quizzes.read(Path.of("src/test/resources/content/courses"), this.modules);
		assertThat(loaded.problems()).extracting(ContentProblem::message)
			.contains("module 'alpha' has no QCM: add src/test/resources/content/courses/alpha.yaml");
	}

}
