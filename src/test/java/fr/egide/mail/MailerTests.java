package fr.egide.mail;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.egide.EgideTest;
import fr.egide.MutableClock;
import fr.egide.TestMembers;
import fr.egide.WebClient;
import fr.egide.directory.Directory;
import fr.egide.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class MailerTests {

	private static final String ADMIN = "platform@test.egide";

	private static final String ADMIN_PASSWORD = "platform-password-123";

	@LocalServerPort
	int port;

	@Autowired
	Mailer mailer;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Directory directory;

	@Autowired
	MutableClock clock;

	@Test
	void withoutSmtpTheMailIsKeptWithItsText() {
		String subject = "Invitation " + UUID.randomUUID();
		var status = this.mailer.send(new OutgoingMail("invitee@test.egide", subject,
				"Vous êtes invité·e : https://egide.test/invitations/abc", "pole-1", "invitation"));

		assertThat(status).isEqualTo(MailStatus.KEPT);
		var entry = entry(subject);
		assertThat(entry.status()).isEqualTo(MailStatus.KEPT);
		assertThat(entry.text()).isEqualTo("Vous êtes invité·e : https://egide.test/invitations/abc");
		assertThat(entry.to()).isEqualTo("invitee@test.egide");
		assertThat(entry.poleId()).isEqualTo("pole-1");
		assertThat(entry.kind()).isEqualTo("invitation");
		assertThat(entry.createdAt()).isEqualTo(this.clock.instant());
		assertThat(entry.error()).isNull();
	}

	@Test
	void aPlatformAdminReadsTheMailWithClickableLinksAndNothingElseInterpreted() {
		String marker = UUID.randomUUID().toString();
		String subject = "Réinitialisation <script>alert('s')</script> " + marker;
		this.mailer.send(new OutgoingMail("reset@test.egide", subject,
				"Bonjour,\nVotre lien : https://egide.test/reset?token=abc&lang=fr.\n"
						+ "<script>alert(1)</script> <b>gras</b> javascript:alert(2) ftp://egide.test/x",
				null, "password-reset"));
		String id = entry(subject).id();
		var web = new WebClient(this.port);
		assertThat(web.login(ADMIN, ADMIN_PASSWORD).redirectsTo("/")).isTrue();

		var list = web.get("/admin/outbox");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("href=\"/admin/outbox\"")
			.contains("href=\"/admin/outbox/" + id + "\"")
			.contains("Réinitialisation &lt;script&gt;alert(&#39;s&#39;)&lt;/script&gt; " + marker)
			.contains("reset@test.egide")
			.contains("password-reset")
			.contains(this.clock.instant()
				.atZone(java.time.ZoneId.of("Europe/Paris"))
				.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")))
			.doesNotContain("<script>");

		var mail = web.get("/admin/outbox/" + id);
		assertThat(mail.status()).isEqualTo(200);
		assertThat(mail.body())
			.contains("<a href=\"https://egide.test/reset?token=abc&amp;lang=fr\" rel=\"noreferrer\">"
					+ "https://egide.test/reset?token=abc&amp;lang=fr</a>.")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;gras&lt;/b&gt; javascript:alert(2)")
			.contains("Bonjour,\nVotre lien")
			.doesNotContain("<script>")
			.doesNotContain("<b>")
			.doesNotContain("href=\"javascript")
			.doesNotContain("href=\"ftp");
	}

	@Test
	void poleAdminsGet404AndMembersNeverSeeTheMail() {
		String subject = "Secret " + UUID.randomUUID();
		this.mailer.send(new OutgoingMail("x@test.egide", subject, "https://egide.test/secret", null, "invitation"));
		String id = entry(subject).id();
		var pole = TestMembers.pole(this.directory);

		var poleAdmin = new WebClient(this.port);
		poleAdmin.login(TestMembers.member(this.directory, pole, Role.POLE_ADMIN).email(), TestMembers.PASSWORD);
		assertThat(poleAdmin.get("/admin/outbox").status()).isEqualTo(404);
		var page = poleAdmin.get("/admin/outbox/" + id);
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).doesNotContain(subject).doesNotContain("egide.test/secret");
		assertThat(poleAdmin.get("/admin").body()).doesNotContain("/admin/outbox");

		var member = new WebClient(this.port);
		member.login(TestMembers.member(this.directory, pole).email(), TestMembers.PASSWORD);
		for (String path : new String[] { "/admin/outbox", "/admin/outbox/" + id }) {
			var answer = member.get(path);
			assertThat(answer.status() == 403 || answer.status() == 302).as(path + " answered " + answer.status())
				.isTrue();
			assertThat(answer.body()).doesNotContain(subject).doesNotContain("egide.test/secret");
		}
	}

	@Test
	void anUnknownMailIs404() {
		var web = new WebClient(this.port);
		web.login(ADMIN, ADMIN_PASSWORD);
		assertThat(web.get("/admin/outbox/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	private OutboxEntry entry(String subject) {
		return this.mongo.findOne(Query.query(Criteria.where("subject").is(subject)), OutboxEntry.class);
	}

}
