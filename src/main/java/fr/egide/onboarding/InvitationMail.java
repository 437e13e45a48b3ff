package fr.egide.onboarding;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.egide.directory.Pole;
import fr.egide.mail.MailStatus;
import fr.egide.mail.Mailer;
import fr.egide.mail.OutgoingMail;
import fr.egide.system.PublicUrls;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the invitation e-mail, in French with an English version below, and sends it. */
@Component
class InvitationMail {

	private final Mailer mailer;

	private final MessageSource messages;

	private final PublicUrls urls;

	InvitationMail(Mailer mailer, MessageSource messages, PublicUrls urls) {
		this.mailer = mailer;
		this.messages = messages;
		this.urls = urls;
	}

	MailStatus send(Invitation invitation, String rawToken, Pole pole, String organisationName, String inviter) {
		String link = this.urls.to("/invitations/" + rawToken);
		String text = body(Locale.FRENCH, invitation, link, pole, organisationName, inviter) + "\n\n-----\n\n"
				+ body(Locale.ENGLISH, invitation, link, pole, organisationName, inviter);
		String subject = this.messages.getMessage("mail.invitation.subject", new Object[] { pole.name() },
				Locale.FRENCH);
		return this.mailer.send(new OutgoingMail(invitation.email(), subject, text, pole.id(), "invitation"));
	}

	private String body(Locale locale, Invitation invitation, String link, Pole pole, String organisationName,
			String inviter) {
		String expires = invitation.expiresAt()
			.atZone(ZoneId.of("Europe/Paris"))
			.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
		return this.messages.getMessage("mail.invitation.body",
				new Object[] { invitation.displayName(), inviter, pole.name(), organisationName, link, expires },
				locale);
	}

}
