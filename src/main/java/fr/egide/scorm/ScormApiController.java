package fr.egide.scorm;

import fr.egide.security.EgideUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * SCORM packages for integrations. Admins only: a package holds its QCM's answers, which the
 * host LMS needs to grade.
 */
@RestController
class ScormApiController {

	private final ScormAccess access;

	ScormApiController(ScormAccess access) {
		this.access = access;
	}

	@GetMapping("/api/courses/{id}/scorm")
	ResponseEntity<byte[]> course(@AuthenticationPrincipal EgideUser user, @PathVariable String id,
			@RequestParam(required = false) String version) {
		this.access.course(user, id);
		if (!user.isAdmin()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Only pole and platform admins may export SCORM packages: they hold the QCM answers.");
		}
		return this.access.courseDownload(user, id, version);
	}

}
