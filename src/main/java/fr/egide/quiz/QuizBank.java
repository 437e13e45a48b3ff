package fr.egide.quiz;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.egide.catalog.CourseCatalog;
import fr.egide.catalog.CourseModule;
import fr.egide.catalog.InvalidContentException;
import fr.egide.catalog.MarkdownRenderer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The QCM of every module, loaded at start-up; the server does not start if one is invalid or missing. */
@Component
public class QuizBank {

	private static final Logger log = LoggerFactory.getLogger(QuizBank.class);

	private final Map<String, Quiz> quizzes;

	QuizBank(@Value("${egide.content.quizzes:quizzes}") Path quizzesDir, CourseCatalog catalog,
			MarkdownRenderer markdown) {
		Map<String, CourseModule> modules = new HashMap<>();
		catalog.modules().forEach(module -> modules.put(module.id(), module));
		var loaded = new QuizFiles(markdown).read(quizzesDir, modules);
		if (!loaded.problems().isEmpty()) {
			throw new InvalidContentException(loaded.problems());
		}
		this.quizzes = Map.copyOf(loaded.quizzes());
		log.info("Quizzes: {} from {}", this.quizzes.size(), quizzesDir.toAbsolutePath().normalize());
	}

	public Optional<Quiz> quiz(String moduleId) {
		return Optional.ofNullable(this.quizzes.get(moduleId));
	}

}
