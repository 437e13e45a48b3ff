package fr.egide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Role;
import fr.egide.scorm.ScormPackagesForTests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Third-party SCORM packages in a real browser, inside Égide's reader: a speaker imports a 1.2
 * and a 2004 package, a member starts each, leaves mid-way, comes back to the page they left,
 * finishes, and the module counts as passed.
 */
@EgideTest
class ScormPlayerBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	MongoTemplate mongo;

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
	void packagesOfBothVersionsResumeAndCompleteInsideEgide(@TempDir Path dir) throws IOException {
		var pole = TestMembers.pole(this.directory);
		MemberAccount speaker = TestMembers.member(this.directory, pole, Role.SPEAKER);
		MemberAccount member = TestMembers.member(this.directory, pole);
		String golf = importPackage(speaker, dir.resolve("golf12.zip"), ScormPackagesForTests.scorm12());
		String module = importPackage(speaker, dir.resolve("module2004.zip"), ScormPackagesForTests.scorm2004());
		Browser.screenshot(this.browser, "61-scorm-import");

		signIn(member);
		for (String moduleId : new String[] { golf, module }) {
			this.browser.get(url("/modules/" + moduleId));
			enterPackage();
			assertThat(text("page")).isEqualTo("Page 1");
			assertThat(text("entry")).isEqualTo("ab-initio");
			this.browser.findElement(By.id("next")).click();
			Browser.waitFor(this.browser, driver -> frameTitle().endsWith("saved"));
			assertThat(frameTitle()).as("commit answered after storing; last error %s",
					this.browser.executeScript("return lms.LMSGetLastError ? lms.LMSGetLastError() + ' '"
							+ " + lms.LMSGetDiagnostic('') : lms.GetLastError() + ' ' + lms.GetDiagnostic('');"))
				.isEqualTo("saved");
			this.browser.findElement(By.id("quit")).click();
			Browser.waitFor(this.browser, driver -> frameTitle().equals("left"));
			this.browser.switchTo().defaultContent();

			this.browser.get(url("/modules/" + moduleId));
			enterPackage();
			assertThat(text("entry")).isEqualTo("resume");
			assertThat(text("page")).as("resumes where the member left").isEqualTo("Page 2");
			Browser.screenshot(this.browser, "62-scorm-resumed-" + moduleId.substring(moduleId.length() - 1));
			this.browser.findElement(By.id("finish")).click();
			Browser.waitFor(this.browser, driver -> frameTitle().equals("done"));
			this.browser.switchTo().defaultContent();
			var progress = this.mongo.findOne(Query.query(Criteria.where("_id").is(member.id() + ":" + moduleId)),
					org.bson.Document.class, "progress");
			assertThat(progress.getBoolean("passed")).as(moduleId + " passed in Égide").isTrue();
			assertThat(progress.getInteger("bestScore")).isEqualTo(90);
		}
		this.browser.get(url("/"));
		assertThat(this.browser.findElement(By.id("main")).getText()).contains("Golf Explained", "Sécurité");
		Browser.screenshot(this.browser, "63-scorm-home");
	}

	@Test
	void anExportedEgidePackagePlaysToCompletionInEgidesOwnRuntime() {
		var pole = TestMembers.pole(this.directory);
		MemberAccount admin = TestMembers.member(this.directory, pole, Role.POLE_ADMIN);
		MemberAccount member = TestMembers.member(this.directory, pole);
		var web = new WebClient(this.port);
		assertThat(web.login(admin.email(), TestMembers.PASSWORD).redirectsTo("/")).isTrue();
		var exported = web.download("/admin/scorm/modules/alpha.zip?version=2004");
		assertThat(exported.statusCode()).isEqualTo(200);
		var imported = web.upload("/speaker/scorm", "file", "alpha-2004.zip", exported.body(), java.util.Map.of());
		assertThat(imported.redirectsTo("/speaker/scorm")).as(imported.body()).isTrue();
		var pack = this.mongo.find(Query.query(Criteria.where("ownerId").is(admin.id())), org.bson.Document.class,
				"scorm_packages").get(0);
		String moduleId = "scorm-" + pack.getString("_id") + "-1";

		signIn(member);
		this.browser.get(url("/modules/" + moduleId));
		Browser.waitFor(this.browser, driver -> driver.findElement(By.cssSelector(".scorm-frame iframe")));
		this.browser.switchTo().frame(this.browser.findElement(By.cssSelector(".scorm-frame iframe")));
		Browser.waitFor(this.browser, driver -> driver.findElement(By.id("scorm-content")));
		this.browser.switchTo().frame(this.browser.findElement(By.id("scorm-content")));
		Browser.waitFor(this.browser, driver -> driver.findElement(By.id("sco-next")).isDisplayed());
		while (!this.browser.findElement(By.id("page-quiz")).isDisplayed()) {
			this.browser.findElement(By.id("sco-next")).click();
		}
		// The package grades itself: tick the correct choices it carries, as a member who knows them would.
		this.browser.executeScript("var quiz = JSON.parse(document.getElementById('egide-quiz').textContent);"
				+ "quiz.questions.forEach(function (q) { q.correct.forEach(function (c) {"
				+ "document.getElementById(q.id + '--' + c).click(); }); });");
		Browser.screenshot(this.browser, "64-scorm-exported-in-egide");
		this.browser.findElement(By.id("sco-submit")).click();
		Browser.waitFor(this.browser, driver -> driver.findElement(By.id("sco-outcome")).isDisplayed());
		this.browser.switchTo().defaultContent();
		Browser.waitFor(this.browser, driver -> {
			var progress = this.mongo.findOne(Query.query(Criteria.where("_id").is(member.id() + ":" + moduleId)),
					org.bson.Document.class, "progress");
			return progress != null && progress.getBoolean("passed");
		});
	}

	/** Into the reader's player frame, then the package's own frame inside it. */
	private void enterPackage() {
		Browser.waitFor(this.browser, driver -> driver.findElement(By.cssSelector(".scorm-frame iframe")));
		this.browser.switchTo().frame(this.browser.findElement(By.cssSelector(".scorm-frame iframe")));
		Browser.waitFor(this.browser, driver -> driver.findElement(By.id("scorm-content")));
		this.browser.switchTo().frame(this.browser.findElement(By.id("scorm-content")));
		Browser.waitFor(this.browser, driver -> !driver.findElement(By.id("page")).getText().equals("?"));
	}

	private String importPackage(MemberAccount speaker, Path file, byte[] zip) throws IOException {
		signIn(speaker);
		this.browser.get(url("/speaker/scorm"));
		Files.write(file, zip);
		this.browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		this.browser.findElement(By.cssSelector("#scorm-form button[type=submit]")).click();
		Browser.waitFor(this.browser, driver -> driver.findElement(By.id("scorm-imported")).isDisplayed());
		String title = this.browser.findElement(By.id("scorm-imported")).getText();
		var pack = this.mongo.find(Query.query(Criteria.where("ownerId").is(speaker.id())), org.bson.Document.class,
				"scorm_packages")
			.stream()
			.filter(found -> title.contains(found.getString("title")))
			.findFirst()
			.orElseThrow();
		return "scorm-" + pack.getString("_id") + "-1";
	}

	/** The package's own page title, which it uses to say what happened (WebDriver's title is the top page's). */
	private String frameTitle() {
		return (String) this.browser.executeScript("return document.title;");
	}

	private String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

	private void signIn(MemberAccount account) {
		this.browser.manage().deleteAllCookies();
		Browser.signIn(this.browser, this.port, account.email(), TestMembers.PASSWORD);
	}

	private String url(String path) {
		return Browser.url(this.port, path);
	}

}
