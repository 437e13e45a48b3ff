package fr.egide.onboarding;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.egide.EgideTest;
import fr.egide.TestMembers;
import fr.egide.TestOutbox;
import fr.egide.WebClient;
import fr.egide.directory.Directory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class PasswordResetTests {

	static final String NEW_PASSWORD = "le phare de Brest veille la nuit";

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	MongoTemplate mongo;

	@Test
	void aKnownAndAnUnknownAddressGetTheSameAnswerAndOnlyTheKnownOneGetsALink() {
		var member = TestMembers.member(this.directory, TestMembers.pole(this.directory));
		String unknown = InvitationTests.unique("nobody");
		String known = ask(member.email());
		String other = ask(unknown);
		assertThat(known).isEqualTo(other).contains("Si un compte actif existe pour cette adresse");

		var outbox = new TestOutbox(this.mongo);
		String link = outbox.linkPath(member.email(), "/password/reset/");
		assertThat(outbox.countTo(unknown)).isZero();
		var web = new WebClient(this.port);
		assertThat(web.get(link).status()).isEqualTo(200);
		var weak = web.post(link, Map.of("password", "motdepasse123", "confirmation", "motdepasse123"));
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.body()).contains("trop courant");
		var done = web.post(link, Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
		assertThat(done.redirectsTo("/login")).isTrue();
		assertThat(web.get(done.location()).body()).contains("Mot de passe changé");

		assertThat(new WebClient(this.port).login(member.email(), TestMembers.PASSWORD).redirectsTo("/login")).isTrue();
		assertThat(new WebClient(this.port).login(member.email(), NEW_PASSWORD).redirectsTo("/")).isTrue();
		var reused = new WebClient(this.port).get(link);
		assertThat(reused.status()).isEqualTo(410);
		assertThat(reused.body()).contains("Ce lien ne fonctionne plus");
	}

	@Test
	void aDeactivatedAccountGetsNoLink() throws InterruptedException {
		var member = TestMembers.member(this.directory, TestMembers.pole(this.directory));
		this.directory.setActive(member.id(), false);
		assertThat(ask(member.email())).contains("Si un compte actif existe");
		Thread.sleep(300);
		assertThat(new TestOutbox(this.mongo).countTo(member.email())).isZero();
	}

	/** Asks for a link and returns the page's main content, without per-session tokens. */
	private String ask(String email) {
		var web = new WebClient(this.port);
		web.get("/password/forgot");
		var page = web.post("/password/forgot", Map.of("email", email));
		assertThat(page.status()).isEqualTo(200);
		String body = page.body();
		return body.substring(body.indexOf("<main"), body.indexOf("</main>"));
	}

}
