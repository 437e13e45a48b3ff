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
			// $min keeps the first start; a query on _id alone is the one the embedded store answers from its index.
			this.mongo.updateMulti(byIds(event.memberId(), courseIds), new Update().min("startedAt", this.clock.instant()),
					Assignment.class);
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
		// The request that finds completedAt still empty (the document before its change) is the one that counts.
		for (String courseId : done) {
			Assignment before = this.mongo.findAndModify(byIds(event.memberId(), List.of(courseId)),
					new Update().min("completedAt", event.completedAt()), Assignment.class);
			if (before != null && before.completedAt() == null) {
				this.tallies.completed(before.campaignId(), 1);
			}
		}
	}

	private List<Course> coursesWith(String moduleId) {
		return this.catalog.courses().stream().filter(course -> course.moduleIds().contains(moduleId)).toList();
	}

	/**
	 * The member's assignments of these courses, by id only: the embedded store uses its _id index
	 * only for a query on _id alone, and scans the whole collection for anything more.
	 */
	private static Query byIds(String memberId, List<String> courseIds) {
		return Query.query(Criteria.where("_id")
			.in(courseIds.stream().map(courseId -> Assignment.idOf(memberId, courseId)).toList()));
	}

}
