package fr.egide.scorm;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import fr.egide.Browser;
import fr.egide.EgideTest;
import fr.egide.catalog.CourseCatalog;
import fr.egide.quiz.QuizBank;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exported packages run in a browser under a fake LMS: a harness page whose {@code API} and
 * {@code API_1484_11} record every call, with the SCO in a frame. Served over HTTP from the
 * unzipped packages, since Chromium does not let a {@code file://} frame reach its parent.
 */
@EgideTest
class ScormExportBrowserTests {

	private static final String HARNESS = """
			<!DOCTYPE html>
			<html lang="fr"><head><meta charset="utf-8"><title>LMS de test</title>
			<script>
			window.lms = { data: {}, log: [] };
			function get(name, fallback) { return name in lms.data ? lms.data[name] : fallback; }
			function set(name, value) { lms.log.push('set ' + name + '=' + value); lms.data[name] = String(value); return 'true'; }
			function called(name) { lms.log.push(name); return 'true'; }
			window.API = {
				LMSInitialize: function () { return called('LMSInitialize'); },
				LMSGetValue: function (name) { return get(name, name === 'cmi.core.lesson_status' ? 'not attempted' : ''); },
				LMSSetValue: set,
				LMSCommit: function () { return called('LMSCommit'); },
				LMSFinish: function () { return called('LMSFinish'); },
				LMSGetLastError: function () { return '0'; },
				LMSGetErrorString: function () { return ''; },
				LMSGetDiagnostic: function () { return ''; }
			};
			window.API_1484_11 = {
				Initialize: function () { return called('Initialize'); },
				GetValue: function (name) { return get(name, name === 'cmi.completion_status' ? 'unknown' : ''); },
				SetValue: set,
				Commit: function () { return called('Commit'); },
				Terminate: function () { return called('Terminate'); },
				GetLastError: function () { return '0'; },
				GetErrorString: function () { return ''; },
				GetDiagnostic: function () { return ''; }
			};
			function launch(path) { lms.log = []; document.getElementById('sco').src = path; }
			function leave() { document.getElementById('sco').src = 'about:blank'; }
			</script></head>
			<body><iframe id="sco" name="sco" title="SCO" style="width:1240px;height:860px;border:0"></iframe></body></html>
			""";

	@Autowired
	ScormPackages packages;

	@Autowired
	CourseCatalog catalog;

	@Autowired
	QuizBank bank;

	@TempDir
	Path folder;

	private HttpServer server;

	private ChromeDriver browser;

	@BeforeEach
	void servePackages() throws IOException {
		var course = this.catalog.course("essentials").orElseThrow();
		ScormZip.unzip(this.packages.course(course, ScormVersion.V1_2), this.folder.resolve("p12"));
		ScormZip.unzip(this.packages.course(course, ScormVersion.V2004), this.folder.resolve("p2004"));
		Files.writeString(this.folder.resolve("harness.html"), HARNESS);
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", exchange -> {
			Path file = this.folder.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
			if (!file.startsWith(this.folder) || !Files.isRegularFile(file)) {
				exchange.sendResponseHeaders(404, -1);
				exchange.close();
				return;
			}
			String name = file.getFileName().toString();
			String type = name.endsWith(".html") ? "text/html; charset=utf-8"
					: name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css" : "image/png";
			byte[] body = Files.readAllBytes(file);
			exchange.getResponseHeaders().set("Content-Type", type);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.start();
		this.browser = Browser.start();
		this.browser.get("http://127.0.0.1:" + this.server.getAddress().getPort() + "/harness.html");
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
		this.server.stop(0);
	}

	@Test
	void scorm12ReportsAPassedModuleWithItsScoreAndTime() {
		launch("p12/alpha/index.html");
		Browser.screenshot(this.browser, "51-scorm-export-12-first-page");
		nextUntilQuiz();
		answerRightly("alpha");
		Browser.screenshot(this.browser, "51-scorm-export-12-passed");
		leave("LMSFinish");
		Map<String, Object> data = data();
		List<String> log = log();
		assertThat(log.get(0)).isEqualTo("LMSInitialize");
		assertThat(log).contains("set cmi.core.lesson_status=incomplete", "set cmi.core.lesson_status=passed",
				"set cmi.core.score.raw=100", "set cmi.core.score.min=0", "set cmi.core.score.max=100");
		assertThat(data).containsEntry("cmi.core.lesson_status", "passed")
			.containsEntry("cmi.core.score.raw", "100")
			.containsEntry("cmi.core.exit", "");
		assertThat((String) data.get("cmi.core.session_time")).matches("\\d{4}:\\d{2}:\\d{2}\\.\\d{2}");
		assertThat(log.lastIndexOf("LMSCommit")).isLessThan(log.indexOf("LMSFinish")).isGreaterThan(0);
		assertThat(log.get(log.size() - 1)).isEqualTo("LMSFinish");
	}

	@Test
	void scorm2004ResumesWhereTheLearnerLeftThenReportsCompletionAndSuccess() {
		launch("p2004/alpha/index.html");
		this.browser.findElement(By.id("sco-next")).click();
		Browser.waitFor(this.browser, driver -> driver.findElement(By.id("page-2")).isDisplayed());
		leave("Terminate");
		assertThat(data()).containsEntry("cmi.location", "2")
			.containsEntry("cmi.exit", "suspend")
			.containsEntry("cmi.completion_status", "incomplete");
		assertThat((String) data().get("cmi.suspend_data")).contains("\"p\":2").hasSizeLessThan(4096);

		launch("p2004/alpha/index.html");
		assertThat(this.browser.findElement(By.id("page-1")).isDisplayed()).isFalse();
		assertThat(this.browser.findElement(By.id("sco-progress")).getText()).isEqualTo("Section 2 sur 4");
		Browser.screenshot(this.browser, "51-scorm-export-2004-resumed");
		nextUntilQuiz();
		answerRightly("alpha");
		Browser.screenshot(this.browser, "51-scorm-export-2004-passed");
		leave("Terminate");
		Map<String, Object> data = data();
		List<String> log = log();
		assertThat(log.get(0)).isEqualTo("Initialize");
		assertThat(data).containsEntry("cmi.completion_status", "completed")
			.containsEntry("cmi.success_status", "passed")
			.containsEntry("cmi.score.raw", "100")
			.containsEntry("cmi.score.scaled", "1")
			.containsEntry("cmi.exit", "normal");
		assertThat((String) data.get("cmi.session_time")).matches("PT\\d+H\\d+M\\d+(\\.\\d+)?S");
		assertThat(log.lastIndexOf("Commit")).isLessThan(log.indexOf("Terminate")).isGreaterThan(0);
	}

	private void launch(String path) {
		this.browser.switchTo().defaultContent();
		this.browser.executeScript("launch(arguments[0]);", path);
		Browser.waitFor(this.browser, driver -> {
			driver.switchTo().defaultContent();
			driver.switchTo().frame("sco");
			return driver.findElement(By.id("sco-next")).isDisplayed();
		});
	}

	private void nextUntilQuiz() {
		while (!this.browser.findElement(By.id("quiz-form")).isDisplayed()) {
			this.browser.findElement(By.id("sco-next")).click();
		}
	}

	private void answerRightly(String moduleId) {
		for (var question : this.bank.quiz(moduleId).orElseThrow().questions()) {
			for (String choice : question.correctChoiceIds()) {
				this.browser.findElement(By.cssSelector("label[for='" + question.id() + "--" + choice + "']")).click();
			}
		}
		this.browser.findElement(By.id("sco-submit")).click();
		Browser.waitFor(this.browser, driver -> driver.findElement(By.id("sco-outcome")).isDisplayed());
		assertThat(this.browser.findElement(By.cssSelector("#sco-outcome .score")).getText()).contains("100");
	}

	private void leave(String closingCall) {
		this.browser.switchTo().defaultContent();
		this.browser.executeScript("leave();");
		Browser.waitFor(this.browser, driver -> log().contains(closingCall));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> data() {
		this.browser.switchTo().defaultContent();
		return (Map<String, Object>) this.browser.executeScript("return lms.data;");
	}

	@SuppressWarnings("unchecked")
	private List<String> log() {
		this.browser.switchTo().defaultContent();
		return (List<String>) this.browser.executeScript("return lms.log;");
	}

}
