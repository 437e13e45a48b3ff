package fr.egide.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.mail.MessagingException;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends a mail through the configured SMTP server, or keeps it in the outbox when there is
 * none, and records it either way. Never throws because of the mail server: the status says.
 */
@Service
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private static final int MAX_ERROR_LENGTH = 300;

	private final OutboxRepository outbox;

	private final ObjectProvider<JavaMailSender> sender;

	private final Clock clock;

	private final String from;

	Mailer(OutboxRepository outbox, ObjectProvider<JavaMailSender> sender, Clock clock,
			@Value("${egide.mail.from:Égide <no-reply@egide.invalid>}") String from) {
		this.outbox = outbox;
		this.sender = sender;
		this.clock = clock;
		this.from = from;
	}

	public MailStatus send(OutgoingMail mail) {
		String id = new ObjectId().toHexString();
		JavaMailSender smtp = this.sender.getIfAvailable();
		if (smtp == null) {
			record(id, mail, mail.text(), MailStatus.KEPT, null);
			log.info("No SMTP server configured: {} mail kept in the outbox at /admin/outbox/{}", mail.kind(), id);
			return MailStatus.KEPT;
		}
		try {
			smtp.send(message(smtp, mail));
		}
		catch (MailException | MessagingException ex) {
			String error = shortError(ex);
			record(id, mail, mail.text(), MailStatus.FAILED, error);
			log.warn("Could not send {} mail {}: {}", mail.kind(), id, error);
			return MailStatus.FAILED;
		}
		record(id, mail, null, MailStatus.SENT, null);
		return MailStatus.SENT;
	}

	private jakarta.mail.internet.MimeMessage message(JavaMailSender smtp, OutgoingMail mail)
			throws MessagingException {
		var message = smtp.createMimeMessage();
		var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
		helper.setFrom(this.from);
		helper.setTo(mail.to());
		helper.setSubject(mail.subject());
		helper.setText(mail.text(), false);
		return message;
	}

	private void record(String id, OutgoingMail mail, String text, MailStatus status, String error) {
		this.outbox.save(new OutboxEntry(id, mail.to(), mail.subject(), text, mail.poleId(), mail.kind(),
				this.clock.instant(), status, error));
	}

	private static String shortError(Exception ex) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
		return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH) + "…";
	}

}
