package fr.egide;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void theShippedCatalogueIsValid() {
		int status = run("validate", "courses", "quizzes");
		assertThat(text(this.err)).isEmpty();
		assertThat(status).isZero();
		assertThat(text(this.out)).startsWith("OK: ").contains("modules");
	}

	@Test
	void validContentPrintsAOneLineSummary() {
		int status = run("validate", "src/test/resources/content/courses", "src/test/resources/content/quizzes");
		assertThat(status).isZero();
		assertThat(text(this.out)).isEqualTo("OK: 1 courses, 2 modules, 2 quizzes, 7 questions\n");
	}

	@Test
	void invalidContentPrintsPathLineMessageAndExitsOne(@TempDir Path dir) throws IOException {
		Path courses = dir.resolve("courses");
		Path quizzes = dir.resolve("quizzes");
		Files.createDirectories(courses);
		Files.createDirectories(quizzes);
		Files.writeString(courses.resolve("course.yaml"), "id: c\ntitle: C\nlanguage: fr\nmodules: [m]\n");
		Files.writeString(courses.resolve("m.md"),
				"---\nid: m\ntitle: M\nsummary: S\nminutes: 2\nlanguage: fr\nversion: 1\nobjectives: [o]\n---\n## S\n\nT\n");
		Files.writeString(quizzes.resolve("m.yaml"), "module: m\nquestions:\n  - id: q\n    text: Q\n    choices:\n"
				+ "      - text: A\n      - text: B\n    explanation: E\n");
		int status = run("validate", courses.toString(), quizzes.toString());
		assertThat(status).isEqualTo(1);
		assertThat(text(this.err)).contains(quizzes.resolve("m.yaml")
				+ ":6: no correct answer: mark one choice with 'correct: true'\n").endsWith("1 problem(s) found.\n");
	}

	private int run(String... args) {
		return ValidateCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
