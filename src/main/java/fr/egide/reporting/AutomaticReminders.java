package fr.egide.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.egide.learning.Assignments;
import fr.egide.learning.PendingAssignment;
import fr.egide.learning.UnfinishedFilter;
import fr.egide.system.PublicUrls;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the reminders that fell due since the last run ({@code egide.reminders.cron}, hourly by
 * default). The ShedLock lock makes one instance run it at a time; the stage stored in each
 * reminder's id makes each stage go once even if two runs overlap.
 */
@Component
class AutomaticReminders {

	static final String LOCK = "automatic-reminders";

	private static final Logger log = LoggerFactory.getLogger(AutomaticReminders.class);

	private static final int PAGE_SIZE = 200;

	private final Assignments assignments;

	private final ReminderLog reminders;

	private final ReminderSender sender;

	private final PublicUrls urls;

	private final Clock clock;

	private final ReminderStages stages;

	AutomaticReminders(Assignments assignments, ReminderLog reminders, ReminderSender sender, PublicUrls urls,
			Clock clock, ReminderSettings settings) {
		this.assignments = assignments;
		this.reminders = reminders;
		this.sender = sender;
		this.urls = urls;
		this.clock = clock;
		this.stages = new ReminderStages(settings);
	}

	/** Sends what fell due; returns how many reminders were queued, or nothing when another run holds the lock. */
	@Scheduled(cron = "${egide.reminders.cron:0 0 * * * *}", zone = "Europe/Paris")
	@SchedulerLock(name = LOCK)
	public Optional<Integer> run() {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ReminderStages.PARIS);
		var filter = UnfinishedFilter.dueBetween(this.stages.oldestDueDate(today),
				this.stages.newestDueDateExclusive(today));
		int sent = 0;
		for (int page = 0;; page++) {
			var found = this.assignments.unfinished(filter, page, PAGE_SIZE);
			sent += remind(found.assignments(), now);
			if (!found.hasNext()) {
				break;
			}
		}
		if (sent > 0) {
			log.info("Sent {} automatic reminder(s)", sent);
		}
		return Optional.of(sent);
	}

	private int remind(List<PendingAssignment> page, Instant now) {
		var recent = this.reminders.remindedSince(page.stream().map(PendingAssignment::memberId).distinct().toList(),
				now.minus(Duration.ofHours(24)));
		int sent = 0;
		for (PendingAssignment assignment : page) {
			var stage = this.stages.reached(assignment, now);
			if (stage.isEmpty() || recent.contains(assignment.id())) {
				continue;
			}
			String id = "auto:" + assignment.id() + ":" + stage.get().code();
			if (this.reminders.queue(new Reminder(id, assignment.memberId(), assignment.poleId(), assignment.courseId(),
					assignment.dueOn(), ReminderKind.AUTOMATIC, stage.get().code(), now, null, null))) {
				this.sender.send(new ReminderBatch(assignment.memberId(), assignment.poleId(),
						List.of(new ReminderBatch.Item(id, assignment.courseTitle(), assignment.dueOn(),
								this.urls.to("/modules/" + assignment.nextModuleId()), stage.get().overdue()))));
				sent++;
			}
		}
		return sent;
	}

}
