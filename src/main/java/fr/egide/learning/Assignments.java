package fr.egide.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.egide.catalog.Course;
import fr.egide.catalog.CourseCatalog;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Courses given to members with a due date, mostly through campaigns (trade fair, onboarding,
 * annual refresher).
 * A course is done when every one of its modules is passed.
 */
@Service
public class Assignments {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final AssignmentRepository assignments;

	private final LearningProgress progress;

	private final CourseCatalog catalog;

	private final AssignmentQueries queries;

	private final Clock clock;

	private final MongoTemplate mongo;

	private final CampaignTallies tallies;

	Assignments(AssignmentRepository assignments, LearningProgress progress, CourseCatalog catalog,
			AssignmentQueries queries, Clock clock, MongoTemplate mongo, CampaignTallies tallies) {
		this.mongo = mongo;
		this.tallies = tallies;
		this.assignments = assignments;
		this.progress = progress;
		this.catalog = catalog;
		this.queries = queries;
		this.clock = clock;
	}

	/**
	 * Who gets which course, by when, and why; the member's pole and organisation come with them,
	 * and for a campaign its id and the label the member reads next to the due date.
	 */
	public record NewAssignment(String memberId, String poleId, String organisationId, String courseId,
			LocalDate dueOn, String source, String campaignId, String label, List<Integer> reminderDays) {

		public NewAssignment(String memberId, String poleId, String organisationId, String courseId, LocalDate dueOn,
				String source) {
			this(memberId, poleId, organisationId, courseId, dueOn, source, null, null, null);
		}

	}

	/** What {@link #assign} did: created, took over an unfinished assignment, or left things as they were. */
	public enum Outcome {

		CREATED, ADOPTED, UNCHANGED;

		public boolean changed() {
			return this != UNCHANGED;
		}

	}

	/**
	 * Assigns a course unless the member already has it. For a campaign, an unfinished assignment
	 * of the same course from elsewhere joins the campaign and keeps the earlier due date; a
	 * finished one is left alone (the member has done the course).
	 */
	public Outcome assign(NewAssignment request) {
		if (!this.catalog.assignable(request.courseId(), request.poleId())) {
			return Outcome.UNCHANGED;
		}
		String id = Assignment.idOf(request.memberId(), request.courseId());
		var existing = this.assignments.findById(id);
		if (existing.isPresent()) {
			return adopt(existing.get(), request) ? Outcome.ADOPTED : Outcome.UNCHANGED;
		}
		try {
			this.assignments.insert(new Assignment(id, request.memberId(), request.poleId(), request.organisationId(),
					request.courseId(), request.dueOn(), request.source(), this.clock.instant(), null, null,
					request.campaignId(), request.label(), request.reminderDays()));
			this.tallies.assigned(request.campaignId(), 1);
			return Outcome.CREATED;
		}
		catch (DuplicateKeyException ex) {
			return Outcome.UNCHANGED;
		}
	}

	private boolean adopt(Assignment existing, NewAssignment request) {
		if (request.campaignId() == null || existing.completedAt() != null
				|| request.campaignId().equals(existing.campaignId())) {
			return false;
		}
		LocalDate due = existing.dueOn() == null || (request.dueOn() != null && request.dueOn().isBefore(existing.dueOn()))
				? request.dueOn() : existing.dueOn();
		var query = Query.query(Criteria.where("_id").is(existing.id()).and("completedAt").is(null)
			.and("campaignId").is(existing.campaignId()));
		var update = new Update().set("campaignId", request.campaignId()).set("label", request.label()).set("dueOn", due)
			.set("source", request.source()).set("reminderDays", request.reminderDays());
		if (this.mongo.updateFirst(query, update, Assignment.class).getModifiedCount() == 0) {
			return false;
		}
		this.tallies.assigned(existing.campaignId(), -1);
		this.tallies.assigned(request.campaignId(), 1);
		return true;
	}

	/**
	 * Assigns the course again after a completion expired: a new due date and source, and the
	 * start and completion stamps cleared, whether or not the member had it before.
	 */
	void renew(NewAssignment request) {
		String id = Assignment.idOf(request.memberId(), request.courseId());
		this.assignments.save(new Assignment(id, request.memberId(), request.poleId(), request.organisationId(),
				request.courseId(), request.dueOn(), request.source(), this.clock.instant(), null, null,
				request.campaignId(), request.label(), request.reminderDays()));
		this.tallies.assigned(request.campaignId(), 1);
	}

	/**
	 * Moves the due date, label and reminder days of a campaign's unfinished assignments of these
	 * members (an event moved or was renamed, the campaign was edited); returns how many changed.
	 */
	public long reschedule(String campaignId, Collection<String> memberIds, Collection<String> courseIds,
			LocalDate dueOn, String label, List<Integer> reminderDays) {
		var ids = memberIds.stream()
			.flatMap(member -> courseIds.stream().map(course -> Assignment.idOf(member, course)))
			.toList();
		if (ids.isEmpty()) {
			return 0;
		}
		var query = Query.query(Criteria.where("_id").in(ids).and("campaignId").is(campaignId).and("completedAt").is(null));
		return this.mongo.updateMulti(query, new Update().set("dueOn", dueOn).set("label", label).set("reminderDays", reminderDays), Assignment.class)
			.getModifiedCount();
	}

	/** How many assignments a campaign gave and how many are finished. */
	public CampaignTally tally(String campaignId) {
		return this.tallies.of(campaignId);
	}

	/** The tallies of several campaigns, by campaign id (absent ones count zero). */
	public Map<String, CampaignTally> tallies(Collection<String> campaignIds) {
		return this.tallies.of(campaignIds);
	}

	/** One member's assignment of a course, if any. */
	public Optional<AssignmentView> of(String memberId, String courseId) {
		return forMember(memberId).stream().filter(view -> view.courseId().equals(courseId)).findFirst();
	}

	/** The member's assignments, unfinished ones first by due date. */
	public List<AssignmentView> forMember(String memberId) {
		return forMembers(List.of(memberId)).getOrDefault(memberId, List.of());
	}

	/** Assignments of several members, for an admin's table. */
	public Map<String, List<AssignmentView>> forMembers(Collection<String> memberIds) {
		var standing = this.progress.forMembers(memberIds);
		LocalDate today = LocalDate.now(this.clock.withZone(PARIS));
		Map<String, List<AssignmentView>> result = new LinkedHashMap<>();
		var ids = memberIds.stream()
			.flatMap(memberId -> this.catalog.courses().stream().map(course -> Assignment.idOf(memberId, course.id())))
			.toList();
		this.assignments.findAllById(ids).forEach(assignment -> view(assignment,
				standing.getOrDefault(assignment.memberId(), Map.of()), today)
			.ifPresent(view -> result.computeIfAbsent(assignment.memberId(), id -> new java.util.ArrayList<>())
				.add(view)));
		result.values()
			.forEach(views -> views.sort(Comparator.comparing(AssignmentView::done)
				.thenComparing(AssignmentView::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))));
		return result;
	}

	/**
	 * One page of unfinished assignments, by due date then id, found through the
	 * {@code completedAt} index (never a scan of the progress collection).
	 */
	public UnfinishedPage unfinished(UnfinishedFilter filter, int page, int size) {
		return this.queries.unfinished(filter, page, size);
	}

	/** How many assignments the filter matches, before the check against progress. */
	public long countUnfinished(UnfinishedFilter filter) {
		return this.queries.countUnfinished(filter);
	}

	/** The unfinished assignments of these members, by due date. */
	public List<PendingAssignment> unfinishedOf(Collection<String> memberIds) {
		return memberIds.isEmpty() ? List.of() : this.queries.unfinishedOf(memberIds);
	}

	private Optional<AssignmentView> view(Assignment assignment, Map<String, ModuleProgressView> standing,
			LocalDate today) {
		return this.catalog.course(assignment.courseId()).map(course -> {
			int passed = passedModules(course, standing);
			int count = course.moduleIds().size();
			AssignmentView.State state = passed == count ? AssignmentView.State.DONE
					: assignment.dueOn() != null && today.isAfter(assignment.dueOn()) ? AssignmentView.State.OVERDUE
							: AssignmentView.State.DUE;
			return new AssignmentView(assignment.memberId(), course.id(), course.title(), assignment.dueOn(),
					assignment.source(), state, passed, count, assignment.campaignId(), assignment.label());
		});
	}

	private static int passedModules(Course course, Map<String, ModuleProgressView> standing) {
		return (int) course.moduleIds()
			.stream()
			.filter(id -> standing.containsKey(id) && standing.get(id).status() == ProgressStatus.PASSED)
			.count();
	}

}
