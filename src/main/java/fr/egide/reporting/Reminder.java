package fr.egide.reporting;

import java.time.Instant;
import java.time.LocalDate;

import fr.egide.mail.MailStatus;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One course a member was reminded of: queued at, sent at and what became of the mail. An
 * automatic reminder's id names its assignment and stage, so each stage is sent once.
 */
@Document("reminders")
@CompoundIndex(name = "member_recent", def = "{'memberId': 1, 'queuedAt': 1}")
record Reminder(@Id String id, String memberId, String poleId, String courseId, LocalDate dueOn, ReminderKind kind,
		String stage, Instant queuedAt, Instant sentAt, MailStatus status) {
}
