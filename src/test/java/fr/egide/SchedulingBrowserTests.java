package fr.egide;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Awareness timed with a trade fair, in a real browser: the admin records the fair and its
 * exhibitors, the campaign gives them the briefing course, a speaker plans a session, a member
 * registers, the speaker takes attendance on a phone, and the course counts as completed.
 */
@EgideTest
class SchedulingBrowserTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

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
	void fromTheFairToTheAttendanceThatCompletesTheCourse() {
		var pole = TestMembers.pole(this.directory);
		var exhibitor = this.directory.admit(new Directory.NewOrganisation(pole.id(), "Aéro Composites", null,
				OrganisationType.COMPANY, LocalDate.of(2026, 1, 5), List.of(), null, null));
		MemberAccount admin = TestMembers.member(this.directory, pole, Role.POLE_ADMIN);
		MemberAccount speaker = person(pole.id(), admin.organisationId(), "Claire Euclès", Role.SPEAKER);
		MemberAccount member = person(pole.id(), exhibitor.id(), "Louis Martin", Role.MEMBER);
		LocalDate today = LocalDate.now(this.clock.withZone(PARIS));
		LocalDate opening = today.plusDays(10);

		// The IE officer records the fair and its exhibitor.
		signIn(admin);
		this.browser.get(url("/admin/events"));
		Browser.type(this.browser, "name", "Salon du Bourget");
		Browser.type(this.browser, "place", "Le Bourget");
		Browser.setValue(this.browser, "startsOn", opening.toString());
		Browser.setValue(this.browser, "endsOn", opening.plusDays(4).toString());
		Browser.type(this.browser, "website", "https://www.siae.fr");
		Browser.screenshot(this.browser, "31-event-new");
		this.browser.findElement(By.id("create-event")).click();
		Browser.expectHeading(this.browser, "Salon du Bourget");
		this.browser.findElement(By.cssSelector("label[for=org-" + exhibitor.id() + "]")).click();
		this.browser.findElement(By.id("save-participants")).click();
		Browser.waitFor(this.browser, driver -> driver.findElement(By.id("notice")).isDisplayed());
		assertThat(text("participant-count")).isEqualTo("1 participant");
		// Ten days before the opening, the campaign launches at once; the briefing is due D-3.
		assertThat(text("campaign-summary")).startsWith("Lancée").contains(format(opening.minusDays(3)));
		assertThat(this.browser.findElements(By.cssSelector(".slot"))).as("suggested session dates").isNotEmpty();
		Browser.screenshot(this.browser, "32-event");

		// The member sees the course due before the fair, first on their home page.
		signIn(member);
		var assignment = this.browser.findElement(By.cssSelector(".assignments [data-course=essentials]"));
		// WebDriver reports no-break spaces as plain ones.
		assertThat(assignment.getText()).contains("Avant le salon « Salon du Bourget »",
				format(opening.minusDays(3)));
		Browser.screenshot(this.browser, "33-member-due");

		// The speaker plans a session three days before the fair.
		signIn(speaker);
		this.browser.get(url("/speaker/sessions/new"));
		Browser.type(this.browser, "title", "Sécurité économique au salon");
		Browser.type(this.browser, "summary", "Ce qu’il faut savoir avant de partir exposer.");
		Browser.type(this.browser, "address", "Maison du pôle, Toulouse");
		LocalDate day = opening.minusDays(3);
		Browser.setValue(this.browser, "day", day.toString());
		Browser.setValue(this.browser, "start", "10:00");
		Browser.setValue(this.browser, "end", "11:30");
		WebElement capacity = this.browser.findElement(By.id("capacity"));
		capacity.clear();
		capacity.sendKeys("12");
		new Select(this.browser.findElement(By.id("course"))).selectByValue("essentials");
		this.browser.findElement(By.id("save-session")).click();
		Browser.expectHeading(this.browser, "Sécurité économique au salon");
		String sessionUrl = this.browser.getCurrentUrl();
		Browser.screenshot(this.browser, "34-session");

		// The member registers.
		signIn(member);
		this.browser.get(url("/sessions"));
		this.browser.findElement(By.linkText("Sécurité économique au salon")).click();
		this.browser.findElement(By.id("register")).click();
		Browser.waitFor(this.browser, driver -> driver.findElement(By.id("standing")).getText().contains("inscrit"));
		assertThat(text("seats")).isEqualTo("11 places libres");

		// On the day, the speaker takes attendance on a phone.
		this.clock.set(day.atTime(10, 5).atZone(PARIS).toInstant().isAfter(this.clock.instant())
				? day.atTime(10, 5).atZone(PARIS).toInstant() : this.clock.instant());
		signIn(speaker);
		Browser.phone(this.browser);
		this.browser.get(sessionUrl);
		this.browser.findElement(By.id("take-attendance")).click();
		Browser.expectHeading(this.browser, "Présences");
		this.browser.findElement(By.cssSelector("label[for=present-" + member.id() + "]")).click();
		assertThat(Browser.pageWidth(this.browser)).as("no sideways scrolling on a phone").isLessThanOrEqualTo(360);
		Browser.screenshot(this.browser, "35-attendance-phone");
		this.browser.findElement(By.id("save-attendance")).click();
		Browser.waitFor(this.browser, driver -> driver.findElement(By.id("notice")).getText().contains("1 nouvelle présence"));
		this.browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));

		// Attendance without a QCM to pass completes the course: the campaign counts it.
		signIn(admin);
		this.browser.get(url("/admin/campaigns"));
		WebElement row = this.browser.findElement(By.cssSelector("#campaigns-table tr[data-campaign^=fair-]"));
		assertThat(row.getText()).contains("Salon du Bourget", "Lancée", "1 1 100");
		this.browser.findElement(By.linkText("Salon du Bourget")).click();
		assertThat(text("tally")).isEqualTo("1 terminé(s) sur 1 (100 %)");
		assertThat(text("campaign-members")).contains("Louis Martin", "Terminé");
		Browser.screenshot(this.browser, "36-campaign-done");

		signIn(member);
		assertThat(this.browser.findElement(By.cssSelector(".assignments [data-course=essentials]")).getText())
			.contains("Terminé");

		// The month calendar shows the session and the fair together.
		this.browser.get(url("/calendar?month=" + day.toString().substring(0, 7)));
		assertThat(this.browser.findElement(By.cssSelector("td[data-day='" + day + "']")).getText())
			.contains("10:00 Sécurité économique au salon");
		if (opening.getMonth() == day.getMonth()) {
			assertThat(this.browser.findElement(By.cssSelector("td[data-day='" + opening + "']")).getText())
				.contains("Salon du Bourget");
		}
		Browser.screenshot(this.browser, "37-calendar");
		Browser.phone(this.browser);
		this.browser.navigate().refresh();
		assertThat(Browser.pageWidth(this.browser)).as("calendar on a phone").isLessThanOrEqualTo(360);
		Browser.screenshot(this.browser, "38-calendar-phone");
	}

	private MemberAccount person(String poleId, String organisationId, String name, Role role) {
		return this.directory.createMember(new Directory.NewMember(poleId, organisationId,
				"s-" + UUID.randomUUID() + "@test.egide", name, TestMembers.PASSWORD, Set.of(role)));
	}

	private void signIn(MemberAccount account) {
		this.browser.manage().deleteAllCookies();
		Browser.signIn(this.browser, this.port, account.email(), TestMembers.PASSWORD);
	}

	private String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

	private static String format(LocalDate day) {
		return day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

	private String url(String path) {
		return Browser.url(this.port, path);
	}

}
