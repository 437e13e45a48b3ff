package fr.egide.learning;

import fr.egide.catalog.CourseCatalog;
import fr.egide.quiz.ModuleVersions;

import org.springframework.stereotype.Component;

/** Tells grading which version of a module a member is taking, from their progress. */
@Component
class TakenVersions implements ModuleVersions {

	private final LearningProgress progress;

	private final CourseCatalog catalog;

	TakenVersions(LearningProgress progress, CourseCatalog catalog) {
		this.progress = progress;
		this.catalog = catalog;
	}

	@Override
	public int versionFor(String memberId, String moduleId, int current) {
		return this.catalog.module(moduleId)
			.map(module -> this.progress.versionFor(memberId, module).version())
			.orElse(current);
	}

}
