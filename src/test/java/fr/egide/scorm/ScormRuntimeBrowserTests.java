package fr.egide.scorm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.egide.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the SCORM runtime's own test page (static/js/scorm-runtime.js against SCORM 1.2 and 2004
 * 4th edition rules) in headless Chromium, from a file:// URL: no server, no Spring.
 */
class ScormRuntimeBrowserTests {

	private static final Path PAGE = Path.of("src/test/resources/scorm/runtime-tests.html");

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
	@SuppressWarnings("unchecked")
	void theRuntimePassesItsTestPage() {
		assertThat(PAGE).exists();
		assertThat(Path.of("static/js/scorm-runtime.js")).exists();
		this.browser.get(PAGE.toAbsolutePath().toUri().toString());

		Map<String, Object> results = new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until(driver -> (Map<String, Object>) this.browser.executeScript("return window.__results || null;"));

		List<String> failures = (List<String>) results.get("failures");
		long passed = ((Number) results.get("passed")).longValue();
		failures.forEach(failure -> System.out.println("SCORM runtime test failed: " + failure));
		System.out.println("SCORM runtime: " + passed + " assertions passed, " + failures.size() + " failed");
		assertThat(failures).as("failed assertions on %s", PAGE).isEmpty();
		assertThat(passed).as("assertions that passed").isGreaterThanOrEqualTo(150);
	}

}
