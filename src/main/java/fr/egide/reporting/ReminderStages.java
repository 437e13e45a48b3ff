package fr.egide.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.egide.learning.PendingAssignment;

/**
 * When automatic reminders fall due: {@code offsets} before the due day (Paris time), then from
 * the day after it every {@code overdueEvery}, {@code overdueMax} times. Only the latest stage
 * reached counts, and only stages after the course was assigned.
 */
final class ReminderStages {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final ReminderSettings settings;

	ReminderStages(ReminderSettings settings) {
		this.settings = settings;
	}

	/** A reminder moment of an assignment, named so that it is sent once ({@code before-P7D}, {@code overdue-1}). */
	record Stage(String code, Instant at, boolean overdue) {
	}

	Optional<Stage> reached(PendingAssignment assignment, Instant now) {
		if (assignment.dueOn() == null) {
			return Optional.empty();
		}
		return stages(assignment.dueOn(), offsets(assignment)).stream()
			.filter(stage -> !stage.at().isAfter(now))
			.filter(stage -> assignment.assignedAt() == null || !stage.at().isBefore(assignment.assignedAt()))
			.max(Comparator.comparing(Stage::at));
	}

	/** The earliest due date that can still have a stage to send on {@code today}. */
	LocalDate oldestDueDate(LocalDate today) {
		long days = this.settings.overdueEvery().toDays() * Math.max(0, this.settings.overdueMax() - 1);
		return today.minusDays(days + 2);
	}

	/**
	 * The day after the latest due date that already has a stage reached on {@code today}
	 * (a campaign may remind up to {@link #MAX_CAMPAIGN_DAYS} days ahead).
	 */
	LocalDate newestDueDateExclusive(LocalDate today) {
		long days = this.settings.offsets().stream().mapToLong(Duration::toDays).max().orElse(0);
		return today.plusDays(Math.max(days, MAX_CAMPAIGN_DAYS) + 2);
	}

	/** The furthest ahead of its due date a campaign may send its first reminder. */
	static final int MAX_CAMPAIGN_DAYS = 60;

	private List<Duration> offsets(PendingAssignment assignment) {
		if (assignment.reminderDays() == null) {
			return this.settings.offsets();
		}
		return assignment.reminderDays()
			.stream()
			.filter(days -> days >= 0 && days <= MAX_CAMPAIGN_DAYS)
			.map(Duration::ofDays)
			.toList();
	}

	private List<Stage> stages(LocalDate dueOn, List<Duration> offsets) {
		ZonedDateTime dueStart = dueOn.atStartOfDay(PARIS);
		List<Stage> stages = new ArrayList<>();
		offsets
			.forEach(offset -> stages.add(new Stage("before-" + offset, dueStart.minus(offset).toInstant(), false)));
		ZonedDateTime late = dueStart.plusDays(1);
		for (int k = 1; k <= this.settings.overdueMax(); k++) {
			stages.add(new Stage("overdue-" + k, late.plus(this.settings.overdueEvery().multipliedBy(k - 1)).toInstant(),
					true));
		}
		return stages;
	}

}
