package fr.egide.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.egide.learning.Assignments;
import fr.egide.learning.PendingAssignment;
import fr.egide.system.PublicUrls;

import org.springframework.stereotype.Service;

/**
 * Reminds members an admin chose of every course they have not finished. Courses a member was
 * reminded of in the last 24 hours are left out; the reminders are stored before the answer,
 * and the mails leave in the background at the configured rate.
 */
@Service
class ManualReminders {

	private final Assignments assignments;

	private final ReminderLog reminders;

	private final ReminderSender sender;

	private final PublicUrls urls;

	private final Clock clock;

	private final int cap;

	ManualReminders(Assignments assignments, ReminderLog reminders, ReminderSender sender, PublicUrls urls,
			Clock clock, ReminderSettings settings) {
		this.assignments = assignments;
		this.reminders = reminders;
		this.sender = sender;
		this.urls = urls;
		this.clock = clock;
		this.cap = settings.bulkCap();
	}

	/** How many members one action reaches at most ({@code egide.reminders.bulk-cap}). */
	int cap() {
		return this.cap;
	}

	/** Members with a mail on its way, and members left out because they were reminded lately. */
	record Outcome(int queued, int recent) {
	}

	Outcome remind(String poleId, List<String> memberIds) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ReminderStages.PARIS);
		var recent = this.reminders.remindedSince(memberIds, now.minus(Duration.ofHours(24)));
		Map<String, List<PendingAssignment>> byMember = new LinkedHashMap<>();
		this.assignments.unfinishedOf(memberIds)
			.stream()
			.filter(assignment -> poleId.equals(assignment.poleId()))
			.forEach(assignment -> byMember.computeIfAbsent(assignment.memberId(), id -> new ArrayList<>())
				.add(assignment));
		List<ReminderBatch> batches = new ArrayList<>();
		List<Reminder> queued = new ArrayList<>();
		int skipped = 0;
		for (var entry : byMember.entrySet()) {
			var items = new ArrayList<ReminderBatch.Item>();
			for (PendingAssignment assignment : entry.getValue()) {
				if (recent.contains(assignment.id())) {
					continue;
				}
				String id = UUID.randomUUID().toString();
				queued.add(new Reminder(id, assignment.memberId(), poleId, assignment.courseId(), assignment.dueOn(),
						ReminderKind.MANUAL, null, now, null, null));
				items.add(new ReminderBatch.Item(id, assignment.courseTitle(), assignment.dueOn(),
						this.urls.to("/modules/" + assignment.nextModuleId()), assignment.overdueOn(today)));
			}
			if (items.isEmpty()) {
				skipped++;
			}
			else {
				batches.add(new ReminderBatch(entry.getKey(), poleId, items));
			}
		}
		this.reminders.queueAll(queued);
		this.sender.inBackground(batches);
		return new Outcome(batches.size(), skipped);
	}

}
