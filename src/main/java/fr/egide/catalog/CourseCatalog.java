package fr.egide.catalog;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The courses and modules members can take, loaded and rendered once at start-up from the
 * courses folder. The server does not start on an invalid catalogue.
 */
@Service
public class CourseCatalog {

	private static final Logger log = LoggerFactory.getLogger(CourseCatalog.class);

	private final List<Course> courses;

	private final Map<String, CourseModule> modules;

	CourseCatalog(@Value("${egide.content.courses:courses}") Path coursesDir, MarkdownRenderer markdown) {
		var loaded = new CatalogFiles(markdown).read(coursesDir);
		if (!loaded.problems().isEmpty()) {
			throw new InvalidContentException(loaded.problems());
		}
		this.courses = List.copyOf(loaded.courses());
		this.modules = Map.copyOf(loaded.modules());
		log.info("Catalogue: {} courses, {} modules from {}", this.courses.size(), this.modules.size(),
				coursesDir.toAbsolutePath().normalize());
	}

	public List<Course> courses() {
		return this.courses;
	}

	public Optional<Course> course(String id) {
		return this.courses.stream().filter(course -> course.id().equals(id)).findFirst();
	}

	public Optional<CourseModule> module(String id) {
		return Optional.ofNullable(this.modules.get(id));
	}

	public Collection<CourseModule> modules() {
		return this.modules.values();
	}

	/** Module ids in catalogue order: course by course, as members take them. */
	public List<String> moduleIdsInOrder() {
		return this.courses.stream().flatMap(course -> course.moduleIds().stream()).distinct().toList();
	}

}
