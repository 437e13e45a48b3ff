package fr.egide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A speaker's material, in a real browser: the upload with a mistake names the file and line,
 * the fixed one is previewed on a desktop and a phone, published and offered; the pole admin
 * accepts it; a member reads it and passes its QCM.
 */
@EgideTest
class AuthoringBrowserTests {

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
	void fromAFaultyUploadToAMemberWhoPassesTheQcm(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
		var pole = TestMembers.pole(this.directory);
		MemberAccount speaker = TestMembers.member(this.directory, pole, Role.SPEAKER);
		MemberAccount admin = TestMembers.member(this.directory, pole, Role.POLE_ADMIN);
		MemberAccount member = TestMembers.member(this.directory, pole);
		String courseId = TestMaterial.id("salon");
		String moduleId = TestMaterial.id("approches");

		// The night before the fair, the speaker uploads a bundle with a forbidden link on line 15.
		signIn(speaker);
		this.browser.get(url("/speaker/material"));
		upload(dir.resolve("faulty.zip"), bundle(courseId, moduleId, "[le formulaire](javascript:alert(1))"));
		var problems = Browser.waitFor(this.browser, driver -> driver.findElement(By.id("upload-problems")));
		assertThat(problems.getText()).contains(moduleId + ".md:15", "link to 'javascript:alert(1)' is not allowed")
			.doesNotContain("unknown module");
		Browser.screenshot(this.browser, "41-material-problem");

		// Fixed, it is stored as a draft and previewed as members will see it, image included.
		upload(dir.resolve("fixed.zip"), bundle(courseId, moduleId, "[le formulaire](https://www.economie.gouv.fr)"));
		Browser.waitFor(this.browser, driver -> driver.findElement(By.id("version-state")).getText().equals("Brouillon"));
		this.browser.findElement(By.cssSelector(".preview-link")).click();
		Browser.expectHeading(this.browser, "Les approches sur un salon");
		assertThat(this.browser.findElement(By.cssSelector(".preview-banner")).getText()).startsWith("Aperçu");
		assertThat((Long) this.browser.executeScript(
				"return document.querySelector('.content img').naturalWidth;")).as("image served").isEqualTo(1L);
		Browser.screenshot(this.browser, "42-material-preview");
		Browser.phone(this.browser);
		this.browser.navigate().refresh();
		assertThat(Browser.pageWidth(this.browser)).as("no horizontal scroll on a phone").isLessThanOrEqualTo(360);
		Browser.screenshot(this.browser, "43-material-preview-phone");
		this.browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		this.browser.get(url("/speaker/material/" + courseId + "/versions/1/modules/" + moduleId + "/quiz"));
		assertThat(this.browser.findElements(By.cssSelector(".badge.passed"))).hasSize(2);
		Browser.screenshot(this.browser, "44-material-quiz-preview");

		// Published and offered to the pole.
		this.browser.get(url("/speaker/material/" + courseId + "/versions/1"));
		this.browser.findElement(By.cssSelector("#publish-form button")).click();
		Browser.waitFor(this.browser, driver -> driver.findElement(By.id("version-state")).getText().equals("Publiée"));
		this.browser.findElement(By.cssSelector("#offer-form input[value='" + pole.id() + "']")).click();
		this.browser.findElement(By.cssSelector("#offer-form button")).click();
		Browser.waitFor(this.browser, driver -> driver.findElement(By.id("offers")).getText().contains("En attente"));

		// The pole admin accepts it.
		signIn(admin);
		this.browser.get(url("/admin/material"));
		assertThat(this.browser.findElement(By.id("pending-offers")).getText()).contains("Salons");
		Browser.screenshot(this.browser, "45-material-offer");
		this.browser.findElement(By.cssSelector("#pending-offers button.primary")).click();
		Browser.waitFor(this.browser, driver -> driver.findElement(By.id("accepted-offers")).isDisplayed());

		// A member of the pole reads it and passes its QCM.
		signIn(member);
		this.browser.findElement(By.cssSelector("a[href='/modules/" + moduleId + "']")).click();
		Browser.expectHeading(this.browser, "Les approches sur un salon");
		this.browser.findElement(By.cssSelector("a[rel=next]")).click();
		Browser.waitFor(this.browser, driver -> driver.getCurrentUrl().endsWith("/sections/2"));
		this.browser.findElement(By.cssSelector(".pager .primary")).click();
		Browser.waitFor(this.browser, driver -> driver.getCurrentUrl().endsWith("/quiz"));
		this.browser.findElement(By.cssSelector("label[for='q1--b']")).click();
		this.browser.findElement(By.cssSelector("label[for='q2--true']")).click();
		this.browser.findElement(By.cssSelector("#quiz-form button[type=submit]")).click();
		Browser.waitFor(this.browser, driver -> driver.getCurrentUrl().contains("/quiz/attempts/"));
		assertThat(this.browser.findElement(By.id("main")).getText()).contains("Module validé");
		Browser.screenshot(this.browser, "46-material-passed");
	}

	private void upload(Path file, byte[] content) throws IOException {
		Files.write(file, content);
		this.browser.findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
		this.browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
	}

	private static byte[] bundle(String courseId, String moduleId, String link) {
		String body = """
				## Première page

				Sur un salon, les approches sont souvent anodines.

				Signalez-les avec %s.

				![Schéma](images/schema.png)

				## Deuxième page

				Qui vous approche, et pourquoi ?
				""".formatted(link);
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("course.yaml", TestMaterial.utf8(TestMaterial.course(courseId, "Salons", moduleId)));
		files.put(moduleId + ".md", TestMaterial.utf8(TestMaterial.module(moduleId, "Les approches sur un salon", body)));
		files.put(moduleId + ".yaml", TestMaterial.utf8(TestMaterial.quiz(moduleId)));
		files.put("images/schema.png", TestMaterial.PNG);
		return TestMaterial.zip(files);
	}

	private void signIn(MemberAccount account) {
		this.browser.manage().deleteAllCookies();
		Browser.signIn(this.browser, this.port, account.email(), TestMembers.PASSWORD);
	}

	private String url(String path) {
		return Browser.url(this.port, path);
	}

}
