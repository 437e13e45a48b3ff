package fr.egide.learning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.bson.Document;

import fr.egide.catalog.Course;
import fr.egide.catalog.CourseCatalog;

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

	private final CampaignTallies tallies;

	AssignmentQueries(MongoTemplate mongo, LearningProgress progress, CourseCatalog catalog, Clock clock,
			CampaignTallies tallies) {
		this.tallies = tallies;
		this.mongo = mongo;
		this.progress = progress;
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * One page of unfinished assignments, soonest due first. The keys (id, due date) are read
	 * unsorted and sorted here, then the page is fetched by id: the embedded store sorts by holding
	 * every matching document whole, which took over ten seconds per page at 200,000 assignments.
	 */
	UnfinishedPage unfinished(UnfinishedFilter filter, int page, int size) {
		var keys = Query.query(criteria(filter));
		keys.fields().include("dueOn");
		List<Document> found = this.mongo.find(keys, Document.class, "assignments");
		found.sort(Comparator.comparing((Document key) -> key.getDate("dueOn"),
				Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(key -> key.getString("_id")));
		int from = (int) Math.min((long) Math.max(0, page) * size, found.size());
		List<String> ids = found.subList(from, Math.min(from + size, found.size()))
			.stream()
			.map(key -> key.getString("_id"))
			.toList();
		Map<String, Assignment> byId = new HashMap<>();
		this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Assignment.class)
			.forEach(assignment -> byId.put(assignment.id(), assignment));
		List<Assignment> inOrder = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
		return new UnfinishedPage(pending(inOrder, filter.notStartedOnly()), from + size < found.size());
	}

	long countUnfinished(UnfinishedFilter filter) {
		return this.mongo.count(Query.query(criteria(filter)), Assignment.class);
	}

	/** Looked up by key (an assignment's id is member/course), so no query runs on {@code memberId}. */
	List<PendingAssignment> unfinishedOf(Collection<String> memberIds) {
		List<String> ids = memberIds.stream()
			.flatMap(member -> this.catalog.courses().stream().map(course -> Assignment.idOf(member, course.id())))
			.toList();
		List<Assignment> found = new ArrayList<>(this.mongo.find(Query.query(Criteria.where("_id").in(ids)),
				Assignment.class));
		found.removeIf(assignment -> assignment.completedAt() != null);
		found.sort(Comparator.comparing(Assignment::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Assignment::id));
		return pending(found, false);
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
						next.get(), assignment.reminderDays()));
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
		long marked = this.mongo.updateFirst(Query.query(Criteria.where("_id").is(assignment.id()).and(field).is(null)),
				Update.update(field, this.clock.instant()), Assignment.class).getModifiedCount();
		if (marked > 0 && field.equals("completedAt")) {
			this.tallies.completed(assignment.campaignId(), 1);
		}
	}

}
