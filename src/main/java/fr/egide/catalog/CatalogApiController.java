package fr.egide.catalog;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Courses and modules for integrations. */
@RestController
@RequestMapping("/api")
class CatalogApiController {

	private final CourseCatalog catalog;

	CatalogApiController(CourseCatalog catalog) {
		this.catalog = catalog;
	}

	record ModuleSummary(String id, String title, int minutes) {
	}

	record CourseSummary(String id, String title, String summary, String language, List<ModuleSummary> modules) {
	}

	record ModuleDetail(String id, String title, String summary, int minutes, String language, int version,
			List<String> tags, List<String> objectives, String introHtml, List<Section> sections) {
	}

	/** The courses the caller's pole follows: shipped ones and the speakers' material it accepted. */
	@GetMapping("/courses")
	List<CourseSummary> courses(@AuthenticationPrincipal(expression = "poleId") String poleId) {
		return this.catalog.coursesFollowedBy(poleId)
			.stream()
			.map(course -> new CourseSummary(course.id(), course.title(), course.summary(), course.language(),
					course.moduleIds()
						.stream()
						.flatMap(id -> this.catalog.module(id).stream())
						.map(module -> new ModuleSummary(module.id(), module.title(), module.minutes()))
						.toList()))
			.toList();
	}

	@GetMapping("/modules/{id}")
	ModuleDetail module(@AuthenticationPrincipal(expression = "poleId") String poleId, @PathVariable String id) {
		var module = this.catalog.module(id)
			.filter(found -> this.catalog.coursesFollowedBy(poleId)
				.stream()
				.anyMatch(course -> course.moduleIds().contains(id)))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No module '" + id + "'."));
		return new ModuleDetail(module.id(), module.title(), module.summary(), module.minutes(), module.language(),
				module.version(), module.tags(), module.objectives(), module.introHtml(), module.sections());
	}

}
