package fr.egide.reporting;

import java.time.LocalDate;
import java.util.List;

/** One reminder mail to write: to whom, and the courses it names, each with its stored reminder. */
record ReminderBatch(String memberId, String poleId, List<Item> items) {

	/** A course in the mail: title, due date, the link to open, and whether it is late. */
	record Item(String reminderId, String courseTitle, LocalDate dueOn, String link, boolean overdue) {
	}

	List<String> reminderIds() {
		return this.items.stream().map(Item::reminderId).toList();
	}

}
