package fr.egide.quiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.egide.catalog.CourseCatalog;
import fr.egide.catalog.CourseModule;
import fr.egide.catalog.InvalidContentException;
import fr.egide.catalog.MarkdownRenderer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The QCM of every module: the shipped ones, loaded at start-up (the server does not start if
 * one is invalid or missing), and those of speakers' material, one per published module version.
 * Keeps each QCM's source text so that it can be exported (GIFT).
 */
@Component
public class QuizBank {

	private static final Logger log = LoggerFactory.getLogger(QuizBank.class);

	private final Map<String, Quiz> shipped;

	private final Map<String, String> shippedSources = new HashMap<>();

	private volatile Map<String, NavigableMap<Integer, VersionedQuiz>> library = Map.of();

	/** A QCM of one published module version, with its YAML source. */
	public record VersionedQuiz(int moduleVersion, Quiz quiz, String source) {
	}

	QuizBank(@Value("${egide.content.quizzes:quizzes}") Path quizzesDir, CourseCatalog catalog,
			MarkdownRenderer markdown) {
		Map<String, CourseModule> modules = new HashMap<>();
		catalog.modules().forEach(module -> modules.put(module.id(), module));
		var loaded = new QuizFiles(markdown).read(quizzesDir, modules);
		if (!loaded.problems().isEmpty()) {
			throw new InvalidContentException(loaded.problems());
		}
		this.shipped = Map.copyOf(loaded.quizzes());
		this.shipped.forEach((moduleId, quiz) -> this.shippedSources.put(moduleId, read(Path.of(quiz.source()))));
		log.info("Quizzes: {} from {}", this.shipped.size(), quizzesDir.toAbsolutePath().normalize());
	}

	/** The QCM of the module's current version. */
	public Optional<Quiz> quiz(String moduleId) {
		Quiz quiz = this.shipped.get(moduleId);
		if (quiz != null) {
			return Optional.of(quiz);
		}
		return Optional.ofNullable(this.library.get(moduleId)).map(v -> v.lastEntry().getValue().quiz());
	}

	/** The QCM of this module version, or of the current one when that version is not known. */
	public Optional<Quiz> quiz(String moduleId, int moduleVersion) {
		return versioned(moduleId, moduleVersion).map(VersionedQuiz::quiz).or(() -> quiz(moduleId));
	}

	/** The YAML source of the module's current QCM. */
	public Optional<String> source(String moduleId) {
		String source = this.shippedSources.get(moduleId);
		if (source != null) {
			return Optional.of(source);
		}
		return Optional.ofNullable(this.library.get(moduleId)).map(v -> v.lastEntry().getValue().source());
	}

	private final Map<String, Map<String, ? extends Iterable<VersionedQuiz>>> sources = new java.util.concurrent.ConcurrentHashMap<>();

	/** Replaces the QCM one source publishes now, by module id; the other sources' stay. */
	public synchronized void replaceLibrary(String source, Map<String, ? extends Iterable<VersionedQuiz>> published) {
		this.sources.put(source, Map.copyOf(published));
		Map<String, NavigableMap<Integer, VersionedQuiz>> library = new HashMap<>();
		this.sources.values().forEach(map -> map.forEach((moduleId, versions) -> versions.forEach(
				entry -> library.computeIfAbsent(moduleId, id -> new TreeMap<>()).put(entry.moduleVersion(), entry))));
		this.library = Map.copyOf(library);
	}

	private Optional<VersionedQuiz> versioned(String moduleId, int moduleVersion) {
		return Optional.ofNullable(this.library.get(moduleId)).map(v -> v.get(moduleVersion));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
