package fr.egide.scorm;

import java.util.List;

import fr.egide.catalog.Course;
import fr.egide.catalog.CourseCatalog;
import fr.egide.catalog.CourseModule;
import fr.egide.directory.Role;
import fr.egide.security.EgideUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * What an admin may export: the courses their pole follows and the modules its members may
 * read; everything for a platform admin. Anything else is not found, whoever owns it.
 */
@Component
class ScormAccess {

	private final CourseCatalog catalog;

	private final ScormPackages packages;

	ScormAccess(CourseCatalog catalog, ScormPackages packages) {
		this.catalog = catalog;
		this.packages = packages;
	}

	List<Course> courses(EgideUser user) {
		return user.has(Role.PLATFORM_ADMIN) ? this.catalog.courses() : this.catalog.coursesFollowedBy(user.poleId());
	}

	Course course(EgideUser user, String courseId) {
		return courses(user).stream()
			.filter(course -> course.id().equals(courseId))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No course '" + courseId + "'."));
	}

	CourseModule module(EgideUser user, String moduleId) {
		return this.catalog.module(moduleId)
			.filter(found -> user.has(Role.PLATFORM_ADMIN) || this.catalog.readableBy(moduleId, user.poleId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No module '" + moduleId + "'."));
	}

	ResponseEntity<byte[]> courseDownload(EgideUser user, String courseId, String version) {
		Course course = course(user, courseId);
		ScormVersion parsed = ScormVersion.parse(version);
		return download(course.id(), parsed, this.packages.course(course, parsed));
	}

	ResponseEntity<byte[]> moduleDownload(EgideUser user, String moduleId, String version) {
		CourseModule module = module(user, moduleId);
		ScormVersion parsed = ScormVersion.parse(version);
		return download(module.id(), parsed, this.packages.module(module, parsed));
	}

	private static ResponseEntity<byte[]> download(String id, ScormVersion version, byte[] zip) {
		String filename = "egide-" + id + "-" + version.fileSuffix() + ".zip";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(zip);
	}

}
