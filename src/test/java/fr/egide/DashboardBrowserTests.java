package fr.egide;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Organisation.OrganisationType;
import fr.egide.directory.Role;
import fr.egide.quiz.QuizGrading;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IE officer's journey in a real browser: read the dashboard, narrow it to one adherent,
 * drill down to a member and their attempts, and export the completion matrix.
 */
@EgideTest
class DashboardBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	QuizGrading grading;

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
	void theAdminFiltersDrillsDownAndExports() {
		var pole = TestMembers.pole(this.directory);
		var north = this.directory.admit(new Directory.NewOrganisation(pole.id(), "Nord Composites", null,
				OrganisationType.COMPANY, LocalDate.of(2026, 1, 5), List.of(), null, null));
		var south = this.directory.admit(new Directory.NewOrganisation(pole.id(), "Sud Photonique", null,
				OrganisationType.LAB, LocalDate.of(2026, 1, 5), List.of(), null, null));
		MemberAccount admin = TestMembers.member(this.directory, pole, Role.POLE_ADMIN);
		MemberAccount nadia = member(pole.id(), north.id(), "Nadia Benali");
		MemberAccount paul = member(pole.id(), south.id(), "Paul Durand");
		this.grading.submit(TestMembers.learner(nadia), "alpha", UUID.randomUUID(), Map.of("q1", List.of("a"),
				"q2", List.of("premiere", "deuxieme"), "q3", List.of("true"), "q4", List.of("a"), "q5", List.of("a")));
		this.grading.submit(TestMembers.learner(paul), "alpha", UUID.randomUUID(), Map.of());

		signIn(admin);
		this.browser.get(url("/admin"));
		expectHeading("Suivi du pôle — " + pole.name());
		assertThat(moduleRow("alpha")).isEqualTo("Module Alpha 1 0 1 1 0 33 %");
		waitFor(driver -> (Boolean) ((ChromeDriver) driver).executeScript(
				"return typeof Chart !== 'undefined' && Chart.getChart('modules-chart') !== undefined"));
		Browser.screenshot(this.browser, "21-dashboard");

		new Select(this.browser.findElement(By.id("organisation"))).selectByVisibleText("Nord Composites");
		this.browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
		waitFor(driver -> driver.findElement(By.id("members-total")).getText().startsWith("1 compte"));
		assertThat(moduleRow("alpha")).isEqualTo("Module Alpha 0 0 0 1 0 100 %");
		assertThat(this.browser.findElements(By.cssSelector("#organisations-table tbody tr"))).hasSize(1);
		// The member list below narrows to the organisation too.
		assertThat(this.browser.findElements(By.cssSelector("#members-table tbody tr"))).extracting(WebElement::getText)
			.singleElement()
			.asString()
			.startsWith("Nadia Benali");
		assertThat(this.browser.findElement(By.id("members-position")).getText()).isEqualTo("Page 1 sur 1 · 1 membre");
		Browser.screenshot(this.browser, "22-dashboard-filtered");

		// The export link carries the screen's filters; fetch it the way the browser would download it.
		String href = this.browser.findElement(By.id("export-completion-csv")).getAttribute("href");
		assertThat(href).contains("organisation=" + north.id());
		String csv = (String) this.browser.executeAsyncScript(
				"const done = arguments[arguments.length - 1];"
						+ "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => done(new TextDecoder('utf-8', {ignoreBOM: true}).decode(b)));",
				href);
		assertThat(csv).startsWith("\uFEFFMembre;Adresse électronique;Adhérent;").contains("Nadia Benali")
			.doesNotContain("Paul Durand");

		this.browser.findElement(By.linkText("Nadia Benali")).click();
		expectHeading("Nadia Benali");
		assertThat(this.browser.findElement(By.id("member-attempts")).getText()).contains("Module Alpha", "100 % / 80 %");
		Browser.screenshot(this.browser, "23-member-drill-down");
	}

	private MemberAccount member(String poleId, String organisationId, String name) {
		return this.directory.createMember(new Directory.NewMember(poleId, organisationId,
				"b-" + UUID.randomUUID() + "@test.egide", name, TestMembers.PASSWORD, java.util.Set.of(Role.MEMBER)));
	}

	private String moduleRow(String moduleId) {
		return this.browser.findElement(By.cssSelector("#modules-table tr[data-module=" + moduleId + "]")).getText();
	}

	private void signIn(MemberAccount account) {
		Browser.signIn(this.browser, this.port, account.email(), TestMembers.PASSWORD);
	}

	private <T> T waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
		return Browser.waitFor(this.browser, condition);
	}

	private void expectHeading(String expected) {
		Browser.expectHeading(this.browser, expected);
	}

	private String url(String path) {
		return Browser.url(this.port, path);
	}

}
