package fr.egide.learning;

import java.util.List;
import java.util.Set;

import fr.egide.catalog.CourseCatalog;
import fr.egide.catalog.CourseModule;
import fr.egide.quiz.RecordedAttempts;

import org.springframework.stereotype.Component;

/** Tells grading which attempts a member has, from the ids their progress records. */
@Component
class ProgressAttemptIds implements RecordedAttempts {

	private final LearningProgress progress;

	private final CourseCatalog catalog;

	ProgressAttemptIds(LearningProgress progress, CourseCatalog catalog) {
		this.progress = progress;
		this.catalog = catalog;
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
