package fr.egide.authoring;

import java.util.Locale;

import fr.egide.directory.Directory;
import fr.egide.mail.Mailer;
import fr.egide.mail.OutgoingMail;
import fr.egide.system.PublicUrls;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Tells a pole's administrators that a speaker offered them a course to accept (French, then English). */
@Component
class OfferMail {

	private final Mailer mailer;

	private final MessageSource messages;

	private final Directory directory;

	private final PublicUrls urls;

	OfferMail(Mailer mailer, MessageSource messages, Directory directory, PublicUrls urls) {
		this.mailer = mailer;
		this.messages = messages;
		this.directory = directory;
		this.urls = urls;
	}

	void offered(String poleId, String courseTitle, String speakerName) {
		Object[] args = { courseTitle, speakerName, this.urls.to("/admin/material") };
		String text = this.messages.getMessage("mail.material.offered.body", args, Locale.FRENCH) + "\n\n-----\n\n"
				+ this.messages.getMessage("mail.material.offered.body", args, Locale.ENGLISH);
		String subject = this.messages.getMessage("mail.material.offered.subject", new Object[] { courseTitle },
				Locale.FRENCH);
		this.directory.admins(poleId)
			.forEach(admin -> this.mailer.send(new OutgoingMail(admin.email(), subject, text, poleId, "material-offered")));
	}

}
