package fr.egide.learning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An assignment not finished yet, for reminders: whom, which course, by when, and the first
 * module the member still has to pass ({@code nextModuleId}), and the campaign's reminder days
 * before the due date when it chose its own ({@code null}: the pole's usual ones).
 */
public record PendingAssignment(String id, String memberId, String poleId, String courseId, String courseTitle,
		LocalDate dueOn, Instant assignedAt, boolean started, String nextModuleId, java.util.List<Integer> reminderDays) {

	/** Whether the due date is before {@code today}. */
	public boolean overdueOn(LocalDate today) {
		return this.dueOn != null && today.isAfter(this.dueOn);
	}

}
