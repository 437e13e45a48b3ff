package fr.egide.learning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.egide.catalog.Course;
import fr.egide.catalog.CourseCatalog;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Finds unfinished assignments through the {@code completedAt} index, then checks each page
 * against the members' progress: an assignment stored before completion was tracked, or whose
 * completion event was lost, is repaired here and left out.
 */
@Component
class AssignmentQueries {

	private final MongoTemplate mongo;

	private final LearningProgress progress;

	private final CourseCatalog catalog;

	private final Clock clock;

	AssignmentQueries(MongoTemplate mongo, LearningProgress progress, CourseCatalog catalog, Clock clock) {
		this.mongo = mongo;
		this.progress = progress;
		this.catalog = catalog;
		this.clock = clock;
	}

	UnfinishedPage unfinished(UnfinishedFilter filter, int page, int size) {
		var query = Query.query(criteria(filter))
			.with(Sort.by("dueOn", "_id"))
			.skip((long) Math.max(0, page) * size)
			.limit(size);
		var found = this.mongo.find(query, Assignment.class);
		return new UnfinishedPage(pending(found, filter.notStartedOnly()), found.size() == size);
	}

	long countUnfinished(UnfinishedFilter filter) {
		return this.mongo.count(Query.query(criteria(filter)), Assignment.class);
	}

	List<PendingAssignment> unfinishedOf(Collection<String> memberIds) {
		var query = Query.query(Criteria.where("memberId").in(memberIds).and("completedAt").is(null))
			.with(Sort.by("dueOn", "_id"));
		return pending(this.mongo.find(query, Assignment.class), false);
	}

	private static Criteria criteria(UnfinishedFilter filter) {
		var criteria = new Criteria();
		if (filter.poleId() != null) {
			criteria = criteria.and("poleId").is(filter.poleId());
		}
		criteria = criteria.and("completedAt").is(null);
		if (filter.dueFrom() != null || filter.dueBefore() != null) {
			var due = criteria.and("dueOn");
			if (filter.dueFrom() != null) {
				due = due.gte(filter.dueFrom());
			}
			if (filter.dueBefore() != null) {
				due = due.lt(filter.dueBefore());
			}
		}
		if (filter.notStartedOnly()) {
			criteria = criteria.and("startedAt").is(null);
		}
		return criteria;
	}

	private List<PendingAssignment> pending(List<Assignment> found, boolean notStartedOnly) {
		var standing = this.progress.forMembers(found.stream().map(Assignment::memberId).distinct().toList());
		List<PendingAssignment> result = new ArrayList<>();
		for (Assignment assignment : found) {
			var course = this.catalog.course(assignment.courseId());
			if (course.isEmpty()) {
				continue;
			}
			var modules = standing.getOrDefault(assignment.memberId(), Map.of());
			Optional<String> next = nextModule(course.get(), modules);
			boolean started = course.get().moduleIds().stream().anyMatch(id -> isStarted(modules.get(id)));
			if (next.isEmpty()) {
				mark(assignment, "completedAt");
				continue;
			}
			if (started && assignment.startedAt() == null) {
				mark(assignment, "startedAt");
			}
			if (!(notStartedOnly && started)) {
				result.add(new PendingAssignment(assignment.id(), assignment.memberId(), assignment.poleId(),
						course.get().id(), course.get().title(), assignment.dueOn(), assignment.assignedAt(), started,
						next.get()));
			}
		}
		return result;
	}

	static Optional<String> nextModule(Course course, Map<String, ModuleProgressView> modules) {
		return course.moduleIds()
			.stream()
			.filter(id -> modules.get(id) == null || modules.get(id).status() != ProgressStatus.PASSED)
			.findFirst();
	}

	private static boolean isStarted(ModuleProgressView view) {
		return view != null && view.status() != ProgressStatus.NOT_STARTED;
	}

	private void mark(Assignment assignment, String field) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(assignment.id()).and(field).is(null)),
				Update.update(field, this.clock.instant()), Assignment.class);
	}

}
