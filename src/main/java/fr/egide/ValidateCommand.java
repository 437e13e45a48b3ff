package fr.egide;

import java.io.PrintStream;
import java.nio.file.Path;

import fr.egide.catalog.ContentProblem;
import fr.egide.catalog.MarkdownRenderer;
import fr.egide.quiz.ContentValidator;

/**
 * {@code validate [courses] [quizzes]}: checks content files without starting the server,
 * printing {@code path:line: message} per problem; exit status 1 when there is any.
 */
final class ValidateCommand {

	private ValidateCommand() {
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length > 3) {
			err.println("usage: java -jar egide.jar validate [courses-folder] [quizzes-folder]");
			return 2;
		}
		Path courses = Path.of(args.length > 1 ? args[1] : "courses");
		Path quizzes = Path.of(args.length > 2 ? args[2] : "quizzes");
		var report = new ContentValidator(new MarkdownRenderer()).validate(courses, quizzes);
		if (!report.valid()) {
			report.problems().stream().map(ContentProblem::toString).forEach(err::println);
			err.println(report.problems().size() + " problem(s) found.");
			return 1;
		}
		out.println("OK: " + report.summary());
		return 0;
	}

}
