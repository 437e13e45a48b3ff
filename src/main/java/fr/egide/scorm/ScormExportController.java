package fr.egide.scorm;

import java.util.List;

import fr.egide.catalog.Course;
import fr.egide.catalog.CourseCatalog;
import fr.egide.catalog.CourseModule;
import fr.egide.security.EgideUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** An admin's SCORM exports: every course their pole follows, and each of its modules, in both editions. */
@Controller
@RequestMapping("/admin/scorm")
class ScormExportController {

	private final ScormAccess access;

	private final CourseCatalog catalog;

	ScormExportController(ScormAccess access, CourseCatalog catalog) {
		this.access = access;
		this.catalog = catalog;
	}

	/** A course with its current modules, for the list. */
	record CourseRow(Course course, List<CourseModule> modules) {
	}

	@GetMapping
	String exports(@AuthenticationPrincipal EgideUser user, Model model) {
		model.addAttribute("courses", this.access.courses(user)
			.stream()
			.map(course -> new CourseRow(course,
					course.moduleIds().stream().distinct().flatMap(id -> this.catalog.module(id).stream()).toList()))
			.toList());
		model.addAttribute("versions", ScormVersion.values());
		return "scorm/exports";
	}

	@GetMapping("/courses/{courseId}.zip")
	ResponseEntity<byte[]> course(@AuthenticationPrincipal EgideUser user, @PathVariable String courseId,
			@RequestParam(required = false) String version) {
		return this.access.courseDownload(user, courseId, version);
	}

	@GetMapping("/modules/{moduleId}.zip")
	ResponseEntity<byte[]> module(@AuthenticationPrincipal EgideUser user, @PathVariable String moduleId,
			@RequestParam(required = false) String version) {
		return this.access.moduleDownload(user, moduleId, version);
	}

}
