package fr.egide;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar egide.jar seed} starts Égide without its web server: every bean it creates must
 * do without one (a page helper asking for the servlet context once stopped bench/run here).
 */
class SeedCommandLineTests {

	@Test
	void theSeedCommandRunsWithoutAWebServerAndFillsTheStore(@TempDir Path data) {
		var err = new ByteArrayOutputStream();
		int status = SeedCommand.run(new String[] { "seed", "--members=3", "--egide.data-dir=" + data,
				"--egide.content.courses=src/test/resources/content/courses",
				"--egide.content.quizzes=src/test/resources/content/quizzes" },
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(Files.exists(data.resolve("egide.mv"))).isTrue();
	}

}
