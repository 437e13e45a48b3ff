package fr.egide;

import java.time.Duration;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member submits a QCM while the server is unreachable: the page keeps the answers on the
 * device, says so, and sends them again once the server is back; the attempt is recorded once.
 */
@EgideTest
class QuizOfflineBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	WebServerApplicationContext context;

	private ChromeDriver browser;

	private org.apache.catalina.Service service;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.start();
		this.service = ((TomcatWebServer) this.context.getWebServer()).getTomcat().getService();
	}

	@AfterEach
	void closeBrowser() {
		if (this.service.findConnectors().length == 0) {
			startServer();
		}
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	/** The server stops answering: its HTTP connector is removed and the port closed. */
	private void stopServer() {
		for (Connector connector : this.service.findConnectors()) {
			this.service.removeConnector(connector);
		}
	}

	/** The server answers again on the same port, as after a restart. */
	private void startServer() {
		var connector = new Connector("HTTP/1.1");
		connector.setPort(this.port);
		this.service.addConnector(connector);
	}

	@Test
	void answersSurviveTheServerGoingAwayAndAreSentOnceWhenItComesBack() throws Exception {
		MemberAccount member = TestMembers.member(this.directory, TestMembers.pole(this.directory));
		Browser.signIn(this.browser, this.port, member.email(), TestMembers.PASSWORD);
		this.browser.get(Browser.url(this.port, "/modules/alpha/quiz"));
		this.browser.executeScript("document.querySelectorAll('#quiz-form fieldset').forEach(function (f) {"
				+ " f.querySelector('input').click(); });");
		assertThat((String) this.browser.executeScript("return localStorage.getItem('egide-quiz:alpha');"))
			.as("answers kept as they are ticked")
			.contains("\"q.q1\"");

		stopServer();
		try {
			this.browser.findElement(By.cssSelector("#quiz-form button[type=submit]")).click();
			Browser.waitFor(this.browser, driver -> driver.findElement(By.id("quiz-kept")).getText().startsWith("Pas de connexion"));
			Browser.screenshot(this.browser, "71-quiz-kept-offline");
			assertThat((String) this.browser.executeScript("return localStorage.getItem('egide-quiz:alpha');"))
				.contains("\"pending\":true");
			assertThat(attempts(member)).isZero();
		}
		finally {
			startServer();
		}
		assertThat(new WebClient(this.port).get("/login").status()).as("server back").isEqualTo(200);
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until(driver -> driver.getCurrentUrl().contains("/modules/alpha/quiz/attempts/"));
		assertThat(this.browser.findElement(By.id("main")).getText()).contains("Votre score");
		assertThat((String) this.browser.executeScript("return localStorage.getItem('egide-quiz:alpha');")).isNull();
		assertThat(attempts(member)).as("recorded once").isEqualTo(1);
	}

	private long attempts(MemberAccount member) {
		return this.mongo.count(Query.query(Criteria.where("memberId").is(member.id())), "attempts");
	}

}
