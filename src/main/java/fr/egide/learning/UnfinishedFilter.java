package fr.egide.learning;

import java.time.LocalDate;

/**
 * Which unfinished assignments to list: of one pole (every pole when {@code poleId} is null),
 * due on or after {@code dueFrom} and before {@code dueBefore} (either may be null), and
 * optionally only those the member has not started.
 */
public record UnfinishedFilter(String poleId, LocalDate dueFrom, LocalDate dueBefore, boolean notStartedOnly) {

	/** The pole's assignments whose due date has passed. */
	public static UnfinishedFilter overdue(String poleId, LocalDate today) {
		return new UnfinishedFilter(poleId, null, today, false);
	}

	/** The pole's unfinished assignments whose member has opened none of the course's modules. */
	public static UnfinishedFilter notStarted(String poleId) {
		return new UnfinishedFilter(poleId, null, null, true);
	}

	/** Every pole's unfinished assignments due in {@code [from, before)}. */
	public static UnfinishedFilter dueBetween(LocalDate from, LocalDate before) {
		return new UnfinishedFilter(null, from, before, false);
	}

}
