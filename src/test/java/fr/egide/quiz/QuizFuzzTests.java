package fr.egide.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;

import fr.egide.FuzzInputs;
import fr.egide.catalog.ContentProblem;
import fr.egide.catalog.CourseModule;
import fr.egide.catalog.MarkdownRenderer;
import fr.egide.catalog.Section;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz tests of the QCM readers: the YAML format and Moodle's GIFT format. Both report problems
 * instead of throwing, so any exception is a bug; a GIFT bank read without problems must read
 * back equal once written. Inputs under {@code QuizFuzzTestsInputs/} are replayed in every build.
 */
class QuizFuzzTests {

	private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

	private static final Map<String, CourseModule> MODULES = Map.of("confidentialite", module("confidentialite", "fr"),
			"trade-shows", module("trade-shows", "en"));

	@FuzzTest(maxDuration = "10s")
	void quizYaml(byte[] input) {
		List<ContentProblem> problems = new ArrayList<>();
		Set<String> covered = new HashSet<>();
		var quiz = new QuizFiles(MARKDOWN).readQuiz(FuzzInputs.text(input), "fuzz.yaml", MODULES, problems, covered);
		assertThat(quiz.isPresent()).as("a QCM is read exactly when there is no problem: %s", problems)
			.isEqualTo(problems.isEmpty());
		quiz.ifPresent(read -> {
			assertThat(covered).containsExactly(read.moduleId());
			assertThat(read.questions()).isNotEmpty().allSatisfy(question -> {
				assertThat(question.choices()).hasSizeGreaterThanOrEqualTo(2);
				assertThat(question.correctChoiceIds()).isNotEmpty();
			});
		});
	}

	@FuzzTest(maxDuration = "10s")
	void giftReader(byte[] input) {
		var read = GiftReader.read(FuzzInputs.text(input), "fuzz.gift", "confidentialite");
		assertThat(read.problems()).as("an internal error reported as a problem")
			.noneMatch(problem -> problem.message().startsWith("cannot read this GIFT file"));
		assertThat(read.quiz().passMark()).isBetween(1, 100);
		if (!read.problems().isEmpty()) {
			return;
		}
		String written = GiftWriter.write(read.quiz());
		var again = GiftReader.read(written, "fuzz.gift", "confidentialite");
		assertThat(again.problems()).as("problems reading back:\n%s", written).isEmpty();
		assertThat(again.quiz()).as("read back from:\n%s", written).isEqualTo(read.quiz());
	}

	private static CourseModule module(String id, String language) {
		return new CourseModule(id, "Titre", "Résumé", 10, language, 1, List.of(), List.of("objectif"), "",
				List.of(new Section(1, "Section", "<p>x</p>")), id + ".md");
	}

}
