package fr.egide.reporting;

/** Whether an admin asked for a reminder or the schedule sent it. */
enum ReminderKind {

	MANUAL, AUTOMATIC

}
