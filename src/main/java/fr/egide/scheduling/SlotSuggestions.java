package fr.egide.scheduling;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Suggests session dates: for an event, working days in the two weeks before it (latest first,
 * so the briefing stays fresh) at 10:00 or 14:00 Paris time, clear of the speaker's other
 * sessions and of the event itself; for onboarding, the first Tuesday of next month at 10:00
 * when newcomers are waiting.
 */
@Component
class SlotSuggestions {

	static final Duration LENGTH = Duration.ofMinutes(90);

	static final int WINDOW_DAYS = 14;

	private static final List<LocalTime> STARTS = List.of(LocalTime.of(10, 0), LocalTime.of(14, 0));

	private final Clock clock;

	SlotSuggestions(Clock clock) {
		this.clock = clock;
	}

	/** A proposed session time, Paris wall-clock. */
	record Slot(LocalDate day, LocalTime start, LocalTime end) {

		Instant startsAt() {
			return this.day.atTime(this.start).atZone(Campaigns.PARIS).toInstant();
		}

		Instant endsAt() {
			return this.day.atTime(this.end).atZone(Campaigns.PARIS).toInstant();
		}

	}

	/** Up to {@code count} slots before the event that clash with none of {@code busy}. */
	List<Slot> beforeEvent(PoleEvent event, List<TrainingSession> busy, int count) {
		LocalDate today = LocalDate.now(this.clock.withZone(Campaigns.PARIS));
		List<Slot> slots = new ArrayList<>();
		for (int back = 1; back <= WINDOW_DAYS && slots.size() < count; back++) {
			LocalDate day = event.startsOn().minusDays(back);
			if (!day.isAfter(today) || event.covers(day) || weekend(day)) {
				continue;
			}
			free(day, busy).ifPresent(slots::add);
		}
		return slots;
	}

	/** The next monthly onboarding slot, if anyone is waiting for one. */
	Optional<Slot> onboarding(int newcomersWaiting, List<TrainingSession> busy) {
		if (newcomersWaiting == 0) {
			return Optional.empty();
		}
		LocalDate day = LocalDate.now(this.clock.withZone(Campaigns.PARIS))
			.plusMonths(1)
			.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
		for (int week = 0; week < 4; week++) {
			var slot = free(day.plusWeeks(week), busy);
			if (slot.isPresent()) {
				return slot;
			}
		}
		return Optional.empty();
	}

	private Optional<Slot> free(LocalDate day, List<TrainingSession> busy) {
		for (LocalTime start : STARTS) {
			Slot slot = new Slot(day, start, start.plus(LENGTH));
			if (busy.stream().noneMatch(session -> session.overlaps(slot.startsAt(), slot.endsAt()))) {
				return Optional.of(slot);
			}
		}
		return Optional.empty();
	}

	private static boolean weekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

}
