package fr.egide.reporting;

import java.time.LocalDate;

import fr.egide.learning.UnfinishedFilter;

/** The two lists an admin reminds from: members late on a course, and members who never opened it. */
enum ReminderFilter {

	OVERDUE, NOT_STARTED;

	UnfinishedFilter of(String poleId, LocalDate today) {
		return this == OVERDUE ? UnfinishedFilter.overdue(poleId, today) : UnfinishedFilter.notStarted(poleId);
	}

}
