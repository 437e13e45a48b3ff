package fr.egide.learning;

import java.util.Collection;

import fr.egide.security.EgideUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in member's own progress, module by module. */
@RestController
class ProgressApiController {

	private final LearningProgress progress;

	ProgressApiController(LearningProgress progress) {
		this.progress = progress;
	}

	@GetMapping("/api/me/progress")
	Collection<ModuleProgressView> myProgress(@AuthenticationPrincipal EgideUser user) {
		return this.progress.forMember(user.memberId()).values();
	}

}
