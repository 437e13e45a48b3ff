package fr.egide.mail;

import org.springframework.stereotype.Service;

/** TEMPORARY stub until the mail branch is merged. */
@Service
public class Mailer {

	public MailStatus send(OutgoingMail mail) {
		return MailStatus.KEPT;
	}

}
