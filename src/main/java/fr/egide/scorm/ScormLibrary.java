package fr.egide.scorm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.egide.catalog.Course;
import fr.egide.catalog.CourseCatalog;
import fr.egide.catalog.CourseModule;
import fr.egide.catalog.Section;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Puts imported packages into the catalogue: one course per package, one module per SCO, whose
 * single page holds the player. Rebuilt at start-up, after an import, and every minute for the
 * other instances.
 */
@Service
class ScormLibrary implements SmartInitializingSingleton {

	private final ImportedPackageRepository packages;

	private final CourseCatalog catalog;

	private volatile Map<String, Played> byModule = Map.of();

	ScormLibrary(ImportedPackageRepository packages, CourseCatalog catalog) {
		this.packages = packages;
		this.catalog = catalog;
	}

	@Override
	public void afterSingletonsInstantiated() {
		rebuild();
	}

	@Scheduled(fixedDelayString = "${egide.scorm.refresh:60s}", initialDelayString = "${egide.scorm.refresh:60s}")
	synchronized void rebuild() {
		List<CourseCatalog.PublishedCourse> courses = new ArrayList<>();
		Map<String, Played> played = new java.util.HashMap<>();
		for (ImportedPackage pack : this.packages.findAll()) {
			pack.scos().forEach(sco -> played.put(sco.moduleId(), new Played(pack, sco)));
			List<CourseModule> modules = pack.scos().stream().map(sco -> module(pack, sco)).toList();
			var course = new Course(pack.courseId(), pack.title(), "SCORM " + pack.version(), "fr",
					modules.stream().map(CourseModule::id).toList());
			Map<String, Integer> required = new java.util.HashMap<>();
			modules.forEach(module -> required.put(module.id(), 1));
			courses.add(new CourseCatalog.PublishedCourse(course, modules, Set.copyOf(pack.poleIds()),
					Set.copyOf(pack.poleIds()), required));
		}
		this.catalog.replaceLibrary("scorm", courses);
		this.byModule = Map.copyOf(played);
	}

	/** The package and SCO a module of the catalogue plays, when it is one. */
	Optional<Played> played(String moduleId) {
		return Optional.ofNullable(this.byModule.get(moduleId));
	}

	Optional<ImportedPackage> packageOf(String packageId) {
		return this.byModule.values().stream().map(Played::pack).filter(pack -> pack.id().equals(packageId)).findFirst();
	}

	record Played(ImportedPackage pack, ImportedPackage.PackagedSco sco) {
	}

	private static CourseModule module(ImportedPackage pack, ImportedPackage.PackagedSco sco) {
		String html = "<div class=\"scorm-frame\"><iframe src=\"/scorm/play/" + sco.moduleId() + "\" title=\""
				+ HtmlUtils.htmlEscape(sco.title()) + "\" allow=\"fullscreen\"></iframe></div>";
		return new CourseModule(sco.moduleId(), sco.title(), pack.title(), 15, "fr", 1, List.of("scorm"), List.of(),
				"", List.of(new Section(1, sco.title(), html)), "scorm:" + pack.id());
	}

}
