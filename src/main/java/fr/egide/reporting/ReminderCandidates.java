package fr.egide.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.learning.Assignments;
import fr.egide.learning.PendingAssignment;

import org.springframework.stereotype.Component;

/** Who a pole admin may remind: one page of the list, every member matching it, or checked ids. */
@Component
class ReminderCandidates {

	static final int PAGE_SIZE = 50;

	private static final int SCAN_PAGE = 200;

	private final Assignments assignments;

	private final Directory directory;

	private final ReminderLog reminders;

	private final Clock clock;

	ReminderCandidates(Assignments assignments, Directory directory, ReminderLog reminders, Clock clock) {
		this.assignments = assignments;
		this.directory = directory;
		this.reminders = reminders;
		this.clock = clock;
	}

	/** A row of the page: a member, an unfinished course, and whether they were reminded of it in the last 24 h. */
	record Row(String memberId, String memberName, PendingAssignment assignment, boolean overdue,
			boolean remindedRecently) {
	}

	/** One page of rows and whether another follows. */
	record Page(List<Row> rows, boolean hasNext) {
	}

	/** The members to remind and how many checked ids were refused (another pole, unknown, inactive). */
	record Selection(List<String> memberIds, int ignored) {
	}

	Page page(String poleId, ReminderFilter filter, int page) {
		LocalDate today = today();
		var found = this.assignments.unfinished(filter.of(poleId, today), page, PAGE_SIZE);
		var memberIds = found.assignments().stream().map(PendingAssignment::memberId).distinct().toList();
		var names = this.directory.displayNames(memberIds);
		var recent = this.reminders.remindedSince(memberIds, this.clock.instant().minus(Duration.ofHours(24)));
		var rows = found.assignments()
			.stream()
			.filter(assignment -> names.containsKey(assignment.memberId()))
			.map(assignment -> new Row(assignment.memberId(), names.get(assignment.memberId()), assignment,
					assignment.overdueOn(today), recent.contains(assignment.id())))
			.toList();
		return new Page(rows, found.hasNext());
	}

	/** Every member the filter lists, at most {@code cap}. */
	Selection matching(String poleId, ReminderFilter filter, int cap) {
		var unfinished = filter.of(poleId, today());
		var members = new LinkedHashSet<String>();
		for (int page = 0; members.size() < cap; page++) {
			var found = this.assignments.unfinished(unfinished, page, SCAN_PAGE);
			found.assignments().forEach(assignment -> members.add(assignment.memberId()));
			if (!found.hasNext()) {
				break;
			}
		}
		return new Selection(members.stream().limit(cap).toList(), 0);
	}

	/** The checked ids that are active members of the pole; the others are counted, not used. */
	Selection checked(String poleId, Collection<String> ids, int cap) {
		var distinct = new LinkedHashSet<>(ids == null ? List.<String>of() : ids);
		var accepted = distinct.stream()
			.limit(cap)
			.filter(id -> this.directory.member(poleId, id).filter(MemberAccount::active).isPresent())
			.toList();
		return new Selection(accepted, distinct.size() - accepted.size());
	}

	private LocalDate today() {
		Instant now = this.clock.instant();
		return LocalDate.ofInstant(now, ReminderStages.PARIS);
	}

}
