package fr.egide.learning;

import java.util.List;
import java.util.Set;

import fr.egide.catalog.CourseCatalog;
import fr.egide.catalog.CourseModule;
import fr.egide.quiz.ModuleVersions;
import fr.egide.quiz.RecordedAttempts;

import org.springframework.stereotype.Component;

/** Tells grading what a member's progress says: the version of a module they are taking, and their attempts. */
@Component
class ProgressForGrading implements ModuleVersions, RecordedAttempts {

	private final LearningProgress progress;

	private final CourseCatalog catalog;

	ProgressForGrading(LearningProgress progress, CourseCatalog catalog) {
		this.progress = progress;
		this.catalog = catalog;
	}

	@Override
	public int versionFor(String memberId, String moduleId, int current) {
		return this.catalog.module(moduleId)
			.map(module -> this.progress.versionFor(memberId, module).version())
			.orElse(current);
	}

	@Override
	public Set<String> idsOf(String memberId, String moduleId) {
		return this.progress.attemptIds(memberId, List.of(moduleId));
	}

	@Override
	public Set<String> idsOf(String memberId) {
		// every module of the catalogue, in a course or not, shipped or uploaded
		return this.progress.attemptIds(memberId, this.catalog.modules().stream().map(CourseModule::id).toList());
	}

}
