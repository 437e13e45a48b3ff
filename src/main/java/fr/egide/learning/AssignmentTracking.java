package fr.egide.learning;

import java.time.Clock;
import java.util.List;

import fr.egide.catalog.Course;
import fr.egide.catalog.CourseCatalog;

import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Stamps a member's assignments when they open a module of the course ({@code startedAt})
 * and when they pass its last module ({@code completedAt}). Runs in the request that caused
 * the event, after the progress entry was saved.
 */
@Component
class AssignmentTracking {

	private final MongoTemplate mongo;

	private final LearningProgress progress;

	private final CourseCatalog catalog;

	private final Clock clock;

	AssignmentTracking(MongoTemplate mongo, LearningProgress progress, CourseCatalog catalog, Clock clock) {
		this.mongo = mongo;
		this.progress = progress;
		this.catalog = catalog;
		this.clock = clock;
	}

	@EventListener
	void on(ModuleStarted event) {
		List<String> courseIds = coursesWith(event.moduleId()).stream().map(Course::id).toList();
		if (!courseIds.isEmpty()) {
			this.mongo.updateMulti(open(event.memberId(), courseIds).addCriteria(Criteria.where("startedAt").is(null)),
					Update.update("startedAt", this.clock.instant()), Assignment.class);
		}
	}

	@EventListener
	void on(ModuleCompleted event) {
		List<Course> courses = coursesWith(event.moduleId());
		if (courses.isEmpty()) {
			return;
		}
		var modules = this.progress.forMember(event.memberId());
		List<String> done = courses.stream()
			.filter(course -> AssignmentQueries.nextModule(course, modules).isEmpty())
			.map(Course::id)
			.toList();
		if (!done.isEmpty()) {
			this.mongo.updateMulti(open(event.memberId(), done), Update.update("completedAt", event.completedAt()),
					Assignment.class);
		}
	}

	private List<Course> coursesWith(String moduleId) {
		return this.catalog.courses().stream().filter(course -> course.moduleIds().contains(moduleId)).toList();
	}

	private static Query open(String memberId, List<String> courseIds) {
		return Query.query(Criteria.where("memberId").is(memberId)
			.and("courseId")
			.in(courseIds)
			.and("completedAt")
			.is(null));
	}

}
