package fr.egide.scheduling;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.egide.directory.Directory;
import fr.egide.mail.Mailer;
import fr.egide.mail.OutgoingMail;
import fr.egide.system.PublicUrls;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Tells members about their sessions: a seat freed for them, a change, a cancellation (French, then English). */
@Component
class SessionMail {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final Mailer mailer;

	private final MessageSource messages;

	private final Directory directory;

	private final PublicUrls urls;

	SessionMail(Mailer mailer, MessageSource messages, Directory directory, PublicUrls urls) {
		this.mailer = mailer;
		this.messages = messages;
		this.directory = directory;
		this.urls = urls;
	}

	void promoted(TrainingSession session, String memberId) {
		send(session, memberId, "promoted");
	}

	void updated(TrainingSession session, String memberId) {
		send(session, memberId, "updated");
	}

	void cancelled(TrainingSession session, String memberId) {
		send(session, memberId, "cancelled");
	}

	private void send(TrainingSession session, String memberId, String kind) {
		this.directory.member(memberId).filter(member -> member.active()).ifPresent(member -> {
			String when = WHEN.format(session.startsAt().atZone(Campaigns.PARIS));
			String where = session.online() ? session.link()
					: session.address() + (session.room().isBlank() ? "" : " — " + session.room());
			Object[] args = { member.displayName(), session.title(), when, where,
					this.urls.to("/sessions/" + session.id()) };
			String text = this.messages.getMessage("mail.session." + kind + ".body", args, Locale.FRENCH) + "\n\n-----\n\n"
					+ this.messages.getMessage("mail.session." + kind + ".body", args, Locale.ENGLISH);
			String subject = this.messages.getMessage("mail.session." + kind + ".subject", new Object[] { session.title() },
					Locale.FRENCH);
			this.mailer.send(new OutgoingMail(member.email(), subject, text, member.poleId(), "session-" + kind));
		});
	}

}
