package fr.egide.quiz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fr.egide.catalog.CatalogFiles;
import fr.egide.catalog.ContentProblem;
import fr.egide.catalog.MarkdownRenderer;

/**
 * Checks a courses folder and a quizzes folder together, as the server loads them: the same
 * checks back the command line, start-up and uploads.
 */
public final class ContentValidator {

	private final MarkdownRenderer markdown;

	public ContentValidator(MarkdownRenderer markdown) {
		this.markdown = markdown;
	}

	/** Every problem found, and what was counted when there was none. */
	public record Report(List<ContentProblem> problems, int courses, int modules, int quizzes, int questions) {

		public boolean valid() {
			return this.problems.isEmpty();
		}

		public String summary() {
			return "%d courses, %d modules, %d quizzes, %d questions".formatted(this.courses, this.modules,
					this.quizzes, this.questions);
		}

	}

	public Report validate(Path coursesDir, Path quizzesDir) {
		var catalog = new CatalogFiles(this.markdown).read(coursesDir);
		var quizzes = new QuizFiles(this.markdown).read(quizzesDir, catalog.modules());
		List<ContentProblem> problems = new ArrayList<>(catalog.problems());
		problems.addAll(quizzes.problems());
		problems.sort(Comparator.comparing(ContentProblem::path).thenComparingInt(ContentProblem::line));
		int questions = quizzes.quizzes().values().stream().mapToInt(quiz -> quiz.questions().size()).sum();
		return new Report(problems, catalog.courses().size(), catalog.modules().size(), quizzes.quizzes().size(),
				questions);
	}

}
