package fr.egide;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Pole;
import fr.egide.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member's whole path in a real browser: sign in, read, stop, resume, answer the QCM,
 * see the result and the progress; then the pole admin sees it recorded.
 */
@EgideTest
class MemberJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

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
	void aMemberReadsStopsResumesPassesTheQcmAndTheAdminSeesIt() {
		Pole pole = TestMembers.pole(this.directory);
		MemberAccount member = TestMembers.member(this.directory, pole);
		MemberAccount admin = TestMembers.member(this.directory, pole, Role.POLE_ADMIN);

		signIn(member);
		expectHeading("Vos formations");
		Browser.screenshot(this.browser, "01-catalogue");
		moduleCard("Module Alpha").findElement(By.linkText("Commencer")).click();
		assertThat(this.browser.findElement(By.cssSelector("main .meta")).getText()).isEqualTo("Section 1 sur 3");
		assertThat(this.browser.findElement(By.cssSelector(".content")).getText()).contains("<b>HTML brut</b>");
		this.browser.findElement(By.linkText("Section suivante")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/sections/2"));
		assertThat(this.browser.findElement(By.cssSelector(".content h2")).getText()).isEqualTo("Deuxième section");

		// Stop half-way, come back later from the catalogue: the reader opens where we stopped.
		this.browser.get(url("/"));
		WebElement card = moduleCard("Module Alpha");
		assertThat(card.findElement(By.cssSelector(".badge")).getText()).isEqualTo("En cours");
		card.findElement(By.linkText("Reprendre")).click();
		assertThat(this.browser.findElement(By.cssSelector(".content h2")).getText()).isEqualTo("Deuxième section");
		Browser.phone(this.browser);
		Browser.screenshot(this.browser, "02-reader-phone");
		assertThat(pageWidth()).isLessThanOrEqualTo(360);
		this.browser.findElement(By.linkText("Section suivante")).click();
		this.browser.findElement(By.linkText("Passer au QCM")).click();

		expectHeading("QCM — Module Alpha");
		assertThat(this.browser.getPageSource()).doesNotContain("correct");
		choose("Trois");
		choose("Première");
		choose("Deuxième");
		choose("Vrai");
		choose("Module Alpha");
		choose("Un QCM");
		Browser.screenshot(this.browser, "03-quiz-phone");
		assertThat(pageWidth()).isLessThanOrEqualTo(360);
		this.browser.findElement(By.cssSelector("button.primary[type=submit]")).click();

		expectHeading("Résultat — Module Alpha");
		assertThat(this.browser.findElement(By.cssSelector(".score")).getText().replace('\u00a0', ' ')).isEqualTo("Votre score : 100 %");
		assertThat(this.browser.findElements(By.cssSelector(".review .wrong"))).isEmpty();
		Browser.screenshot(this.browser, "04-result-phone");
		this.browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));

		this.browser.findElement(By.linkText("Ma progression")).click();
		expectHeading("Ma progression");
		WebElement row = this.browser.findElement(By.cssSelector("tr[data-module=alpha]"));
		assertThat(row.getText()).contains("Réussi", "3 / 3", "100 %");
		Browser.screenshot(this.browser, "05-progress");

		this.browser.findElement(By.cssSelector("button.link")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("logout"));
		signIn(admin);
		this.browser.get(url("/admin"));
		// Two members in the pole (the member and the admin): one not started, one passed.
		assertThat(this.browser.findElement(By.cssSelector("#modules-table tr[data-module=alpha]")).getText())
			.isEqualTo("Module Alpha 1 0 0 1 0 50 %");
		assertThat(this.browser.findElement(By.cssSelector("#members-table tr[data-member='" + member.email() + "']"))
			.getText()).contains("Réussi", "100 %");
		Browser.screenshot(this.browser, "06-admin");

		this.browser.get(url("/admin?lang=en"));
		expectHeading("Pole follow-up — " + pole.name());
	}

	@Test
	void aWrongPasswordShowsAnErrorAndAMemberCannotOpenTheAdminPage() {
		MemberAccount member = TestMembers.member(this.directory, TestMembers.pole(this.directory));
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(member.email());
		this.browser.findElement(By.id("password")).sendKeys("wrong-password");
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("error"));
		assertThat(this.browser.findElement(By.cssSelector(".alert.error")).getText())
			.isEqualTo("Adresse ou mot de passe incorrect.");
		signIn(member);
		this.browser.get(url("/admin"));
		expectHeading("Une erreur est survenue");
		assertThat(this.browser.getPageSource()).doesNotContain("Exception");
	}

	private void signIn(MemberAccount account) {
		Browser.signIn(this.browser, this.port, account.email(), TestMembers.PASSWORD);
	}

	private WebElement moduleCard(String title) {
		return this.browser.findElements(By.cssSelector(".module-card"))
			.stream()
			.filter(card -> card.findElement(By.cssSelector("h3")).getText().equals(title))
			.findFirst()
			.orElseThrow();
	}

	private void choose(String label) {
		List<WebElement> labels = this.browser.findElements(By.xpath("//label[normalize-space(.)='" + label + "']"));
		assertThat(labels).as("choice '%s'", label).hasSize(1);
		labels.get(0).click();
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
