package fr.egide.onboarding;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.egide.EgideTest;
import fr.egide.MutableClock;
import fr.egide.TestOutbox;
import fr.egide.WebClient;
import fr.egide.directory.Directory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class InvitationTests {

	static final String GOOD_PASSWORD = "un cheval bleu mange des pommes";

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	private PoleFixture fixture;

	private TestOutbox outbox;

	@BeforeEach
	void setUp() {
		this.fixture = PoleFixture.create(this.directory, this.port);
		this.outbox = new TestOutbox(this.mongo);
	}

	@Test
	void anInviteeChoosesAPasswordOnceAndFindsTheOnboardingCourseDue() {
		String email = unique("helene");
		assertThat(this.fixture.invite(email, "Hélène Dupré").body()).contains("Invitation envoyée.");
		String link = this.outbox.linkPath(email, "/invitations/");
		String raw = link.substring("/invitations/".length());
		assertThat(raw).hasSizeGreaterThanOrEqualTo(43);
		Document stored = invitation(email);
		assertThat(stored.getString("tokenHash")).matches("[0-9a-f]{64}");
		assertThat(stored.toJson()).doesNotContain(raw);

		var invitee = new WebClient(this.port);
		var form = invitee.get(link);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains(email).contains("Hélène Dupré");
		assertThat(accept(invitee, link, "court", "court").body()).contains("au moins 12 caractères");
		assertThat(accept(invitee, link, "azertyuiop123", "azertyuiop123").body()).contains("trop courant");
		assertThat(accept(invitee, link, GOOD_PASSWORD, GOOD_PASSWORD + "!").status()).isEqualTo(400);
		assertThat(this.directory.findByEmail(email)).isEmpty();

		var accepted = accept(invitee, link, GOOD_PASSWORD, GOOD_PASSWORD);
		assertThat(accepted.redirectsTo("/")).isTrue();
		var home = invitee.get("/");
		String due = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Paris")))
			.plusDays(30)
			.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		assertThat(home.body()).contains("À faire").contains("Les essentiels").contains("À terminer avant le " + due);
		var member = this.directory.findByEmail(email).orElseThrow();
		assertThat(member.poleId()).isEqualTo(this.fixture.pole().id());
		assertThat(member.organisationId()).isEqualTo(this.fixture.organisation().id());

		var again = new WebClient(this.port).get(link);
		assertThat(again.status()).isEqualTo(410);
		assertThat(again.body()).contains("Ce lien a déjà servi");
		assertThat(accept(new WebClient(this.port), link, GOOD_PASSWORD, GOOD_PASSWORD).status()).isEqualTo(410);

		var organisationPage = this.fixture.adminWeb().get("/admin/organisations/" + this.fixture.organisation().id());
		assertThat(organisationPage.body()).contains("Inscrit·e").contains(due).contains("Invitation envoyée");
		this.clock.advance(Duration.ofDays(31));
		assertThat(this.fixture.adminWeb().get("/admin/organisations/" + this.fixture.organisation().id()).body())
			.contains("En retard");
		assertThat(invitee.get("/").body()).contains("En retard");
	}

	@Test
	void tamperedRevokedExpiredAndReplacedLinksSayWhatHappened() {
		String tampered = unique("tampered");
		this.fixture.invite(tampered, "Tom Pered");
		String link = this.outbox.linkPath(tampered, "/invitations/");
		var page = new WebClient(this.port).get(link.substring(0, link.length() - 2) + "xx");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).contains("Ce lien n’est pas valide").doesNotContain("Exception");
		assertThat(new WebClient(this.port).get("/invitations/%2e%2e%2f%00").status()).isIn(400, 404);

		String revoked = unique("revoked");
		this.fixture.invite(revoked, "Rita Voked");
		String revokedLink = this.outbox.linkPath(revoked, "/invitations/");
		this.fixture.adminWeb().post("/admin/invitations/" + invitation(revoked).getString("_id") + "/revoke", Map.of());
		var revokedPage = new WebClient(this.port).get(revokedLink);
		assertThat(revokedPage.status()).isEqualTo(410);
		assertThat(revokedPage.body()).contains("Cette invitation a été annulée");

		String replaced = unique("replaced");
		this.fixture.invite(replaced, "Remi Placed");
		String firstLink = this.outbox.linkPath(replaced, "/invitations/");
		this.fixture.adminWeb().post("/admin/invitations/" + invitation(replaced).getString("_id") + "/resend", Map.of());
		String secondLink = this.outbox.linkPath(replaced, "/invitations/");
		assertThat(secondLink).isNotEqualTo(firstLink);
		assertThat(new WebClient(this.port).get(firstLink).status()).isEqualTo(404);
		assertThat(new WebClient(this.port).get(secondLink).status()).isEqualTo(200);

		String expired = unique("expired");
		this.fixture.invite(expired, "Ex Pired");
		String expiredLink = this.outbox.linkPath(expired, "/invitations/");
		this.clock.advance(Duration.ofDays(14).plusMinutes(1));
		var expiredPage = new WebClient(this.port).get(expiredLink);
		assertThat(expiredPage.status()).isEqualTo(410);
		assertThat(expiredPage.body()).contains("Ce lien a expiré");
		assertThat(accept(new WebClient(this.port), expiredLink, GOOD_PASSWORD, GOOD_PASSWORD).status()).isEqualTo(410);
		assertThat(this.directory.findByEmail(expired)).isEmpty();
	}

	@Test
	void anAddressThatIsAlreadyAMemberOrAlreadyInvitedIsRefusedWithAReason() {
		String email = unique("twice");
		this.fixture.invite(email, "Deux Fois");
		assertThat(this.fixture.invite(email, "Deux Fois").body())
			.contains("Une invitation est déjà en attente pour cette adresse");
		assertThat(this.fixture.invite(this.fixture.admin().email(), "Admin").body())
			.contains("a déjà un compte sur Égide");
		assertThat(this.fixture.invite("pas-une-adresse", "X").body()).contains("n’est pas valide");
		assertThat(this.mongo.count(Query.query(Criteria.where("email").is(email)), "invitations")).isEqualTo(1);
	}

	private WebClient.Page accept(WebClient invitee, String link, String password, String confirmation) {
		if (invitee.get(link).status() != 200) {
			return invitee.post(link, Map.of("displayName", "X Y", "password", password, "confirmation", confirmation));
		}
		return invitee.post(link,
				Map.of("displayName", "Hélène Dupré", "password", password, "confirmation", confirmation));
	}

	private Document invitation(String email) {
		return this.mongo.findOne(Query.query(Criteria.where("email").is(email)), Document.class, "invitations");
	}

	static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@adherent.test";
	}

}
