package fr.egide.onboarding;

import java.nio.charset.Charset;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.egide.EgideTest;
import fr.egide.TestOutbox;
import fr.egide.directory.Directory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class InvitationImportTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	MongoTemplate mongo;

	private PoleFixture fixture;

	@BeforeEach
	void setUp() {
		this.fixture = PoleFixture.create(this.directory, this.port);
	}

	@Test
	void anExcelFileIsPreviewedWithEveryProblemAndOnlyTheGoodRowsAreInvitedOnConfirmation() {
		String helene = InvitationTests.unique("helene");
		String jean = InvitationTests.unique("jean");
		String csv = """
				Prénom;Nom;Courriel;Rôle;Adhérent
				Hélène;Dupré;%s;;Hydrolia SAS
				Bad;Mail;pas-une-adresse;;Hydrolia SAS
				Dup;Licate;%s;;Hydrolia SAS
				Uno;Known;%s;;Société Inconnue
				Pla;Tform;%s;platform_admin;Hydrolia SAS
				Ex;Isting;%s;;Hydrolia SAS
				Jean;Martin;%s;intervenant;
				""".formatted(helene, helene, InvitationTests.unique("u"), InvitationTests.unique("p"),
				this.fixture.admin().email(), jean);
		byte[] windows1252 = csv.replace("\n", "\r\n").getBytes(Charset.forName("windows-1252"));

		var preview = this.fixture.adminWeb()
			.upload("/admin/invitations/import", "file", "adherents.csv", windows1252,
					Map.of("organisation", this.fixture.organisation().id()));
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.body()).contains("Hélène").contains("windows-1252")
			.contains("2 personne(s) prête(s) à inviter, 5 ligne(s) avec un problème")
			.contains("pas-une-adresse")
			.contains("ligne 2")
			.contains("Société Inconnue")
			.contains("a déjà un compte sur Égide");
		assertThat(invitationsInPole()).isZero();

		var confirmed = this.fixture.adminWeb().post("/admin/invitations/import/confirm", Map.of());
		assertThat(confirmed.redirectsTo("/admin/organisations")).isTrue();
		assertThat(this.fixture.adminWeb().get(confirmed.location()).body()).contains("2 invitation(s) envoyée(s)");
		assertThat(invitationsInPole()).isEqualTo(2);
		var outbox = new TestOutbox(this.mongo);
		assertThat(outbox.latestTo(helene).getString("text")).contains("Hélène Dupré").contains("/invitations/");
		assertThat(outbox.countTo(jean)).isEqualTo(1);

		var again = this.fixture.adminWeb().post("/admin/invitations/import/confirm", Map.of());
		assertThat(this.fixture.adminWeb().get(again.location()).body()).contains("L’aperçu a expiré");
		assertThat(invitationsInPole()).isEqualTo(2);
	}

	@Test
	void aFileThatIsNotUsableCreatesNothingAndSaysWhy() {
		var preview = this.fixture.adminWeb()
			.upload("/admin/invitations/import", "file", "vide.csv", "Nom;Téléphone\nDupont;0102030405\n".getBytes(),
					Map.of());
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.body()).contains("alert error");
		assertThat(preview.body()).doesNotContain("import/confirm");
		assertThat(invitationsInPole()).isZero();
	}

	@Test
	void aFileOverOneMegabyteIsRefusedBeforeBeingRead() {
		byte[] big = ("Courriel;Nom\n" + "a@b.test;A\n".repeat(200_000)).getBytes();
		var preview = this.fixture.adminWeb().upload("/admin/invitations/import", "file", "big.csv", big, Map.of());
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.body()).contains("alert error").contains("Mo").doesNotContain("import/confirm");
		assertThat(invitationsInPole()).isZero();
	}

	private long invitationsInPole() {
		return this.mongo.count(Query.query(Criteria.where("poleId").is(this.fixture.pole().id())), "invitations");
	}

}
