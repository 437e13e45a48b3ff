package fr.egide;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Pole;
import fr.egide.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new adherent's way in, in a real browser: the pole admin admits the organisation,
 * publishes the charter and invites a person; the invitation is read from the outbox; the
 * invitee sets a password, acknowledges the charter and finds the onboarding course due.
 */
@EgideTest
class OnboardingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	MutableClock clock;

	private ChromeDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.start();
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void anInviteeGetsInAcknowledgesTheCharterAndSeesTheOnboardingCourseDue() {
		Pole pole = TestMembers.pole(this.directory);
		MemberAccount admin = TestMembers.member(this.directory, pole, Role.POLE_ADMIN);
		String email = "nadia." + pole.id().substring(0, 8) + "@hydrolia.test";

		signIn(admin.email(), TestMembers.PASSWORD);
		this.browser.findElement(By.linkText("Adhérents")).click();
		expectHeading("Adhérents — " + pole.name());
		this.browser.findElement(By.linkText("Admettre un adhérent")).click();
		expectHeading("Admettre un adhérent");
		Browser.type(this.browser, "name", "Hydrolia SAS");
		new Select(this.browser.findElement(By.id("type"))).selectByVisibleText("Entreprise");
		Browser.type(this.browser, "identifier", "552 100 553");
		Browser.type(this.browser, "sponsor1", "Aérolab");
		Browser.type(this.browser, "sponsor2", "Bureau Martin");
		Browser.type(this.browser, "contactName", "Nadia Benali");
		Browser.type(this.browser, "contactEmail", email);
		submit();
		expectHeading("Admettre un adhérent");
		assertThat(this.browser.findElement(By.cssSelector(".alert.error")).getText()).contains("SIREN");
		this.browser.findElement(By.id("identifier")).clear();
		Browser.type(this.browser, "identifier", "552 100 554");
		submit();
		expectHeading("Hydrolia SAS");
		Browser.screenshot(this.browser, "10-organisation-admitted");

		this.browser.get(url("/admin/charter"));
		expectHeading("Charte de confidentialité — " + pole.name());
		submit();
		waitFor(driver -> driver.findElement(By.cssSelector(".alert.info")).getText().startsWith("Nouvelle version"));

		this.browser.get(url("/admin/organisations"));
		this.browser.findElement(By.linkText("Hydrolia SAS")).click();
		expectHeading("Hydrolia SAS");
		Browser.type(this.browser, "invite-email", email);
		Browser.type(this.browser, "invite-name", "Nadia Benali");
		this.browser.findElement(By.cssSelector("#invite ~ form button[type=submit]")).click();
		waitFor(driver -> driver.findElement(By.cssSelector(".alert.info")).getText().equals("Invitation envoyée."));
		assertThat(row(email).getText()).contains("Invité·e");
		Browser.screenshot(this.browser, "11-invitation-sent");
		signOut();

		signIn("platform@test.egide", "platform-password-123");
		this.browser.get(url("/admin/outbox"));
		this.browser.findElements(By.cssSelector("tbody tr"))
			.stream()
			.filter(tr -> tr.getText().contains(email))
			.findFirst()
			.orElseThrow()
			.findElement(By.tagName("a"))
			.click();
		WebElement link = waitFor(driver -> driver.findElement(By.partialLinkText("/invitations/")));
		String invitation = link.getAttribute("href");
		Browser.screenshot(this.browser, "12-outbox-mail");
		signOut();

		Browser.phone(this.browser);
		this.browser.get(invitation);
		expectHeading("Bienvenue sur Égide");
		Browser.type(this.browser, "password", "motdepasse123");
		Browser.type(this.browser, "confirmation", "motdepasse123");
		submit();
		waitFor(driver -> driver.findElement(By.cssSelector(".alert.error")).getText().contains("trop courant"));
		Browser.type(this.browser, "password", "la mer est calme à Concarneau");
		Browser.type(this.browser, "confirmation", "la mer est calme à Concarneau");
		Browser.screenshot(this.browser, "13-invitation-phone");
		submit();

		expectHeading("Charte de confidentialité");
		Browser.screenshot(this.browser, "14-charter-phone");
		assertThat(pageWidth()).isLessThanOrEqualTo(360);
		this.browser.findElement(By.id("acknowledge")).click();
		expectHeading("Vos formations");
		String due = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Paris")))
			.plusDays(30)
			.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		WebElement todo = this.browser.findElement(By.cssSelector(".assignments [data-course=essentials]"));
		assertThat(todo.getText()).contains("Les essentiels").contains("À terminer avant le " + due);
		Browser.screenshot(this.browser, "15-home-onboarding-due-phone");
		assertThat(pageWidth()).isLessThanOrEqualTo(360);
		signOut();

		this.browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		signIn(admin.email(), TestMembers.PASSWORD);
		this.browser.get(url("/admin/organisations"));
		this.browser.findElement(By.linkText("Hydrolia SAS")).click();
		expectHeading("Hydrolia SAS");
		assertThat(row(email).getText()).contains("Charte acceptée").contains(due);
		Browser.screenshot(this.browser, "16-organisation-status");
		this.browser.get(url("/admin/charter"));
		assertThat(this.browser.findElement(By.id("acknowledgements-table")).getText()).contains("Nadia Benali");
		Browser.screenshot(this.browser, "19-charter-acknowledgements");
		this.browser.get(url("/admin/audit"));
		assertThat(this.browser.findElement(By.tagName("table")).getText()).contains("Organisation admise")
			.contains("Charte publiée")
			.contains("Invitation envoyée");
		Browser.screenshot(this.browser, "20-audit");
	}

	@Test
	void anAdminImportsACsvFileSeesEachRowsProblemAndInvitesTheRest() throws java.io.IOException {
		Pole pole = TestMembers.pole(this.directory);
		MemberAccount admin = TestMembers.member(this.directory, pole, Role.POLE_ADMIN);
		this.directory.admit(new Directory.NewOrganisation(pole.id(), "Laboratoire Matériaux", null,
				fr.egide.directory.Organisation.OrganisationType.LAB, LocalDate.of(2026, 1, 15), java.util.List.of(),
				null, null));
		String tag = pole.id().substring(0, 8);
		var file = java.nio.file.Files.createTempFile("adherents", ".csv");
		java.nio.file.Files.write(file, ("Prénom;Nom;Courriel;Adhérent\r\n"
				+ "Hélène;Dupré;helene." + tag + "@labo.test;Laboratoire Matériaux\r\n"
				+ "Jean;Martin;jean.martin@;Laboratoire Matériaux\r\n"
				+ "Paul;Durand;paul." + tag + "@labo.test;Labo Inconnu\r\n")
			.getBytes(java.nio.charset.Charset.forName("windows-1252")));

		signIn(admin.email(), TestMembers.PASSWORD);
		this.browser.get(url("/admin/organisations"));
		this.browser.findElement(By.linkText("Inviter à partir d’un fichier CSV")).click();
		expectHeading("Inviter à partir d’un fichier CSV");
		this.browser.findElement(By.id("file")).sendKeys(file.toString());
		submit();
		WebElement summary = waitFor(driver -> driver.findElement(By.id("preview-summary")));
		assertThat(summary.getText()).contains("1 personne(s) prête(s) à inviter, 2 ligne(s) avec un problème");
		assertThat(this.browser.findElement(By.cssSelector("tr[data-line='3']")).getText())
			.contains("jean.martin@").contains("Adresse e-mail invalide");
		assertThat(this.browser.findElement(By.cssSelector("tr[data-line='4']")).getText()).contains("Labo Inconnu");
		Browser.screenshot(this.browser, "17-import-preview");
		this.browser.findElement(By.cssSelector("#preview button.primary")).click();
		waitFor(driver -> driver.findElement(By.id("imported")).getText().startsWith("1 invitation(s) envoyée(s)"));
		Browser.screenshot(this.browser, "18-import-done");
		java.nio.file.Files.delete(file);
	}

	private WebElement row(String email) {
		return this.browser.findElement(By.cssSelector("#people-table tr[data-email='" + email + "']"));
	}

	private void signIn(String email, String password) {
		Browser.signIn(this.browser, this.port, email, password);
	}

	private void signOut() {
		this.browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
		waitFor(driver -> driver.getCurrentUrl().contains("logout"));
	}

	private void submit() {
		this.browser.findElement(By.cssSelector("main button.primary[type=submit]")).click();
	}

	private <T> T waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
		return Browser.waitFor(this.browser, condition);
	}

	private void expectHeading(String expected) {
		Browser.expectHeading(this.browser, expected);
	}

	private long pageWidth() {
		return Browser.pageWidth(this.browser);
	}

	private String url(String path) {
		return Browser.url(this.port, path);
	}

}
