package fr.egide.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The courses and modules members can take: the shipped catalogue, loaded and rendered once at
 * start-up from the courses folder (the server does not start on an invalid one), and the
 * material speakers published, layered over it with every version kept and the poles that
 * accepted it.
 */
@Service
public class CourseCatalog {

	private static final Logger log = LoggerFactory.getLogger(CourseCatalog.class);

	private final List<Course> shipped;

	private final Map<String, CourseModule> shippedModules;

	private volatile Library library;

	CourseCatalog(@Value("${egide.content.courses:courses}") Path coursesDir, MarkdownRenderer markdown) {
		var loaded = new CatalogFiles(markdown).read(coursesDir);
		if (!loaded.problems().isEmpty()) {
			throw new InvalidContentException(loaded.problems());
		}
		this.shipped = List.copyOf(loaded.courses());
		this.shippedModules = Map.copyOf(loaded.modules());
		replaceLibrary(List.of());
		log.info("Catalogue: {} courses, {} modules from {}", this.shipped.size(), this.shippedModules.size(),
				coursesDir.toAbsolutePath().normalize());
	}

	/**
	 * A published course of speakers' material: every published version of its modules, the
	 * poles that may assign it, and per module the oldest version whose completion still counts
	 * (a minor fix does not ask members to take the module again).
	 */
	public record PublishedCourse(Course course, List<CourseModule> moduleVersions, Set<String> poleIds,
			Set<String> readerPoleIds, Map<String, Integer> requiredVersions) {
	}

	private record Library(List<Course> courses, Map<String, NavigableMap<Integer, CourseModule>> modules,
			Map<String, Set<String>> poles, Map<String, Set<String>> readers, Map<String, Integer> required,
			List<Course> all, List<String> moduleOrder) {
	}

	private final Map<String, List<PublishedCourse>> sources = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * Replaces what one source (speakers' material, imported SCORM packages…) publishes now;
	 * the other sources' courses stay.
	 */
	public synchronized void replaceLibrary(String source, List<PublishedCourse> published) {
		this.sources.put(source, List.copyOf(published));
		replaceLibrary(this.sources.values().stream().flatMap(List::stream).toList());
	}

	private void replaceLibrary(List<PublishedCourse> published) {
		List<Course> courses = new ArrayList<>();
		Map<String, NavigableMap<Integer, CourseModule>> modules = new HashMap<>();
		Map<String, Set<String>> poles = new HashMap<>();
		Map<String, Set<String>> readers = new HashMap<>();
		Map<String, Integer> required = new HashMap<>();
		for (PublishedCourse entry : published) {
			courses.add(entry.course());
			poles.put(entry.course().id(), Set.copyOf(entry.poleIds()));
			readers.put(entry.course().id(), Set.copyOf(entry.readerPoleIds()));
			entry.moduleVersions()
				.forEach(module -> modules.computeIfAbsent(module.id(), id -> new TreeMap<>())
					.put(module.version(), module));
			required.putAll(entry.requiredVersions());
		}
		List<Course> all = Stream.concat(this.shipped.stream(), courses.stream()).toList();
		List<String> order = all.stream().flatMap(course -> course.moduleIds().stream()).distinct().toList();
		this.library = new Library(List.copyOf(courses), Map.copyOf(modules), Map.copyOf(poles),
				Map.copyOf(readers), Map.copyOf(required), all, order);
	}

	/** Every course, shipped and published, whoever may assign it. */
	public List<Course> courses() {
		return this.library.all();
	}

	/** The courses a pole may assign: the shipped ones and the material it accepted ({@code null}: shipped only). */
	public List<Course> coursesFor(String poleId) {
		Library current = this.library;
		return Stream
			.concat(this.shipped.stream(),
					current.courses()
						.stream()
						.filter(course -> poleId != null && current.poles().get(course.id()).contains(poleId)))
			.toList();
	}

	/**
	 * The courses a pole's records may mention: the shipped ones and the material it accepted,
	 * even if withdrawn since ({@code null}: shipped only). Reports and members' pages use these.
	 */
	public List<Course> coursesFollowedBy(String poleId) {
		Library current = this.library;
		return Stream
			.concat(this.shipped.stream(),
					current.courses()
						.stream()
						.filter(course -> poleId != null && current.readers().get(course.id()).contains(poleId)))
			.toList();
	}

	/** Whether members of this pole may open the module: shipped, or material the pole accepted once. */
	public boolean readableBy(String moduleId, String poleId) {
		return this.shippedModules.containsKey(moduleId) || coursesFollowedBy(poleId).stream()
			.anyMatch(course -> course.moduleIds().contains(moduleId));
	}

	/** Whether a pole may assign this course now. */
	public boolean assignable(String courseId, String poleId) {
		return coursesFor(poleId).stream().anyMatch(course -> course.id().equals(courseId));
	}

	public Optional<Course> course(String id) {
		return courses().stream().filter(course -> course.id().equals(id)).findFirst();
	}

	/** The current version of a module. */
	public Optional<CourseModule> module(String id) {
		CourseModule shippedModule = this.shippedModules.get(id);
		if (shippedModule != null) {
			return Optional.of(shippedModule);
		}
		return Optional.ofNullable(this.library.modules().get(id)).map(versions -> versions.lastEntry().getValue());
	}

	/** The given version of a module, or its current version when that one is not known. */
	public Optional<CourseModule> module(String id, int version) {
		var versions = this.library.modules().get(id);
		if (versions != null && versions.containsKey(version)) {
			return Optional.of(versions.get(version));
		}
		return module(id);
	}

	/** Whether this module was published in this version (old versions of speakers' material stay readable). */
	public boolean hasVersion(String id, int version) {
		return module(id).filter(module -> module.version() == version).isPresent()
				|| Optional.ofNullable(this.library.modules().get(id)).filter(v -> v.containsKey(version)).isPresent();
	}

	/** Whether older versions of this module are still published (only then can a member be on another one). */
	public boolean hasOlderVersions(String id) {
		var versions = this.library.modules().get(id);
		return versions != null && versions.size() > 1;
	}

	/** The oldest version of a module whose completion is still current. */
	public int requiredVersion(String moduleId) {
		return Optional.ofNullable(this.library.required().get(moduleId))
			.orElseGet(() -> module(moduleId).map(CourseModule::version).orElse(0));
	}

	/** Whether the id belongs to the shipped catalogue, which uploaded material may not replace. */
	public boolean isShipped(String courseOrModuleId) {
		return this.shippedModules.containsKey(courseOrModuleId)
				|| this.shipped.stream().anyMatch(course -> course.id().equals(courseOrModuleId));
	}

	/** The current version of every module. */
	public Collection<CourseModule> modules() {
		Map<String, CourseModule> all = new LinkedHashMap<>(this.shippedModules);
		this.library.modules().forEach((id, versions) -> all.putIfAbsent(id, versions.lastEntry().getValue()));
		return all.values();
	}

	/** Module ids in catalogue order: course by course, as members take them. */
	public List<String> moduleIdsInOrder() {
		return this.library.moduleOrder();
	}

}
