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

	private final CampaignTallies tallies;

	AssignmentTracking(MongoTemplate mongo, LearningProgress progress, CourseCatalog catalog, Clock clock,
			CampaignTallies tallies) {
		this.tallies = tallies;
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
		// One by one, so that exactly one request counts each finished assignment in its campaign.
		for (String courseId : done) {
			Assignment finished = this.mongo.findAndModify(open(event.memberId(), List.of(courseId)),
					Update.update("completedAt", event.completedAt()), Assignment.class);
			if (finished != null) {
				this.tallies.completed(finished.campaignId(), 1);
			}
		}
	}

	private List<Course> coursesWith(String moduleId) {
		return this.catalog.courses().stream().filter(course -> course.moduleIds().contains(moduleId)).toList();
	}

	/** The member's unfinished assignments of these courses, found by id (the one index the embedded store uses). */
	private static Query open(String memberId, List<String> courseIds) {
		return Query.query(Criteria.where("_id")
			.in(courseIds.stream().map(courseId -> Assignment.idOf(memberId, courseId)).toList())
			.and("completedAt")
			.is(null));
	}

}
