package fr.egide.reporting;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import fr.egide.directory.MemberAccount;
import fr.egide.mail.MailStatus;
import fr.egide.mail.Mailer;
import fr.egide.mail.OutgoingMail;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes a reminder e-mail, in French with an English version below, and sends it. */
@Component
class ReminderMail {

	static final String KIND = "reminder";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Mailer mailer;

	private final MessageSource messages;

	ReminderMail(Mailer mailer, MessageSource messages) {
		this.mailer = mailer;
		this.messages = messages;
	}

	MailStatus send(MemberAccount member, ReminderBatch batch) {
		String text = body(Locale.FRENCH, member, batch) + "\n\n-----\n\n" + body(Locale.ENGLISH, member, batch);
		String subject = this.messages.getMessage("mail.reminder.subject", null, Locale.FRENCH);
		return this.mailer.send(new OutgoingMail(member.email(), subject, text, batch.poleId(), KIND));
	}

	private String body(Locale locale, MemberAccount member, ReminderBatch batch) {
		String courses = batch.items().stream().map(item -> line(locale, item)).collect(Collectors.joining("\n"));
		return this.messages.getMessage("mail.reminder.body", new Object[] { member.displayName(), courses }, locale);
	}

	private String line(Locale locale, ReminderBatch.Item item) {
		if (item.dueOn() == null) {
			return this.messages.getMessage("mail.reminder.course-undated",
					new Object[] { item.courseTitle(), item.link() }, locale);
		}
		String key = item.overdue() ? "mail.reminder.course-overdue" : "mail.reminder.course";
		return this.messages.getMessage(key, new Object[] { item.courseTitle(), item.dueOn().format(DAY), item.link() },
				locale);
	}

}
