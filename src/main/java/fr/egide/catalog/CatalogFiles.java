package fr.egide.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a courses folder: every {@code course.yaml} is a course, every other {@code .md}
 * file a module. Collects every problem rather than stopping at the first.
 */
public final class CatalogFiles {

	private static final List<String> COURSE_FIELDS = List.of("id", "title", "summary", "language", "modules");

	private static final List<String> LANGUAGES = List.of("fr", "en");

	private final MarkdownRenderer markdown;

	private final ImageLinks images;

	public CatalogFiles(MarkdownRenderer markdown) {
		this(markdown, ImageLinks.UNCHANGED);
	}

	/** A reader that resolves the modules' relative image addresses with {@code images}. */
	public CatalogFiles(MarkdownRenderer markdown, ImageLinks images) {
		this.markdown = markdown;
		this.images = images;
	}

	/** What a courses folder holds, and everything wrong with it. */
	public record Loaded(List<Course> courses, Map<String, CourseModule> modules, List<ContentProblem> problems) {
	}

	public Loaded read(Path dir) {
		List<ContentProblem> problems = new ArrayList<>();
		Map<String, CourseModule> modules = new LinkedHashMap<>();
		List<Course> courses = new ArrayList<>();
		if (!Files.isDirectory(dir)) {
			problems.add(new ContentProblem(dir.toString(), 0, "no such folder"));
			return new Loaded(courses, modules, problems);
		}
		try {
			var moduleReader = new ModuleFile(this.markdown, this.images);
			Map<String, String> moduleSources = new HashMap<>();
			for (Path file : ContentFiles.list(dir, ".md")) {
				String shown = ContentFiles.shown(dir, file);
				ContentFiles.readText(file, shown, problems)
					.flatMap(text -> moduleReader.read(text, shown, problems))
					.ifPresent(module -> {
						String previous = moduleSources.putIfAbsent(module.id(), shown);
						if (previous != null) {
							problems.add(new ContentProblem(shown, 2,
									"duplicate module id '" + module.id() + "' (also in " + previous + ")"));
						}
						else {
							modules.put(module.id(), module);
						}
					});
			}
			Map<String, String> courseSources = new HashMap<>();
			for (Path file : ContentFiles.list(dir, "course.yaml")) {
				String shown = ContentFiles.shown(dir, file);
				ContentFiles.readText(file, shown, problems)
					.flatMap(text -> readCourse(text, shown, modules, problems))
					.ifPresent(course -> {
						String previous = courseSources.putIfAbsent(course.id(), shown);
						if (previous != null) {
							problems.add(new ContentProblem(shown, 1,
									"duplicate course id '" + course.id() + "' (also in " + previous + ")"));
						}
						else {
							courses.add(course);
						}
					});
			}
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(dir.toString(), 0, "cannot read folder: " + ex.getMessage()));
		}
		if (courses.isEmpty() && problems.isEmpty()) {
			problems.add(new ContentProblem(dir.toString(), 0, "no course found: add a course.yaml"));
		}
		return new Loaded(courses, modules, problems);
	}

	private static Optional<Course> readCourse(String text, String path, Map<String, CourseModule> modules,
			List<ContentProblem> problems) {
		return YamlMap.parse(text, path, 0, problems).flatMap(yaml -> {
			yaml.rejectUnknown(COURSE_FIELDS);
			var id = yaml.id("id");
			var title = yaml.text("title", true);
			var summary = yaml.text("summary", false);
			var language = yaml.text("language", true);
			language.filter(value -> !LANGUAGES.contains(value))
				.ifPresent(value -> yaml.problem("language", "language must be one of " + LANGUAGES));
			List<String> moduleIds = yaml.texts("modules", true);
			for (String moduleId : moduleIds) {
				if (!modules.containsKey(moduleId)) {
					yaml.problem("modules", "course '" + id.orElse("?") + "' lists unknown module '" + moduleId + "'");
				}
			}
			if (Set.copyOf(moduleIds).size() != moduleIds.size()) {
				yaml.problem("modules", "a module is listed twice");
			}
			if (id.isEmpty() || title.isEmpty() || language.isEmpty() || moduleIds.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(new Course(id.get(), title.get(), summary.orElse(""), language.get(), moduleIds));
		});
	}

}
