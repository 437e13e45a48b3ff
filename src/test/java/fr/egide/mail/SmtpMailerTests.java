package fr.egide.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.egide.EgideTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With an SMTP server configured (GreenMail): mails leave, and their text is not kept. */
@EgideTest
class SmtpMailerTests {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> greenMail.getSmtp().getBindTo());
		registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
	}

	@Autowired
	Mailer mailer;

	@Autowired
	OutboxRepository outbox;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Clock clock;

	@Test
	void theMailIsSentInUtf8AndOnlyItsEnvelopeIsKept() throws Exception {
		String subject = "Invitation à Égide " + UUID.randomUUID();
		var status = this.mailer.send(new OutgoingMail("invitee@test.egide", subject,
				"Bonjour,\nVous êtes invité·e à rejoindre Égide : https://egide.test/invitations/abc\n", "pole-1",
				"invitation"));

		assertThat(status).isEqualTo(MailStatus.SENT);
		assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage received = Arrays.stream(greenMail.getReceivedMessages())
			.filter(message -> subject.equals(subjectOf(message)))
			.findFirst()
			.orElseThrow();
		assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly("invitee@test.egide");
		var from = (InternetAddress) received.getFrom()[0];
		assertThat(from.getAddress()).isEqualTo("no-reply@egide.invalid");
		assertThat(from.getPersonal()).isEqualTo("Égide");
		assertThat(received.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
		assertThat((String) received.getContent()).contains("Vous êtes invité·e à rejoindre Égide")
			.contains("https://egide.test/invitations/abc");

		var entry = entry(subject);
		assertThat(entry.status()).isEqualTo(MailStatus.SENT);
		assertThat(entry.text()).isNull();
		assertThat(entry.to()).isEqualTo("invitee@test.egide");
		assertThat(entry.error()).isNull();
	}

	@Test
	void anUnreachableServerIsRecordedAsFailedWithoutThrowing() throws IOException {
		var down = new JavaMailSenderImpl();
		down.setHost("127.0.0.1");
		down.setPort(unusedPort());
		var properties = new Properties();
		properties.put("mail.smtp.connectiontimeout", "2000");
		properties.put("mail.smtp.timeout", "2000");
		down.setJavaMailProperties(properties);
		var mailer = new Mailer(this.outbox,
				new StaticListableBeanFactory(Map.of("mailSender", down)).getBeanProvider(JavaMailSender.class),
				this.clock, "Égide <no-reply@egide.invalid>");
		String subject = "Réinitialisation " + UUID.randomUUID();

		var status = mailer.send(new OutgoingMail("someone@test.egide", subject, "https://egide.test/reset/abc",
				null, "password-reset"));

		assertThat(status).isEqualTo(MailStatus.FAILED);
		var entry = entry(subject);
		assertThat(entry.status()).isEqualTo(MailStatus.FAILED);
		assertThat(entry.error()).isNotBlank().hasSizeLessThanOrEqualTo(301);
	}

	private static int unusedPort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String subjectOf(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private OutboxEntry entry(String subject) {
		return this.mongo.findOne(Query.query(Criteria.where("subject").is(subject)), OutboxEntry.class);
	}

}
