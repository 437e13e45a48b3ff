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
import org.springframework.stereotype.Service;

/**
 * Courses given to members with a due date (the onboarding track today, campaigns later).
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

	Assignments(AssignmentRepository assignments, LearningProgress progress, CourseCatalog catalog,
			AssignmentQueries queries, Clock clock) {
		this.assignments = assignments;
		this.progress = progress;
		this.catalog = catalog;
		this.queries = queries;
		this.clock = clock;
	}

	/** Who gets which course, by when, and why; the member's pole and organisation come with them. */
	public record NewAssignment(String memberId, String poleId, String organisationId, String courseId,
			LocalDate dueOn, String source) {
	}

	/** Assigns a course unless the member already has it; returns whether anything was created. */
	public boolean assign(NewAssignment request) {
		if (this.catalog.course(request.courseId()).isEmpty()) {
			return false;
		}
		String id = Assignment.idOf(request.memberId(), request.courseId());
		if (this.assignments.existsById(id)) {
			return false;
		}
		try {
			this.assignments.insert(new Assignment(id, request.memberId(), request.poleId(), request.organisationId(),
					request.courseId(), request.dueOn(), request.source(), this.clock.instant(), null, null));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Assigns the course again after a completion expired: a new due date and source, and the
	 * start and completion stamps cleared, whether or not the member had it before.
	 */
	void renew(NewAssignment request) {
		String id = Assignment.idOf(request.memberId(), request.courseId());
		this.assignments.save(new Assignment(id, request.memberId(), request.poleId(), request.organisationId(),
				request.courseId(), request.dueOn(), request.source(), this.clock.instant(), null, null));
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
					assignment.source(), state, passed, count);
		});
	}

	private static int passedModules(Course course, Map<String, ModuleProgressView> standing) {
		return (int) course.moduleIds()
			.stream()
			.filter(id -> standing.containsKey(id) && standing.get(id).status() == ProgressStatus.PASSED)
			.count();
	}

}
