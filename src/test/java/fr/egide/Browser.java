package fr.egide;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests, driven through the packaged chromedriver (no
 * driver download). Skips the test, saying why, where Chromium is not installed.
 */
public final class Browser {

	private Browser() {
	}

	public static ChromeDriver start() {
		Optional<Path> chromium = find("chromium", "chromium-browser", "google-chrome");
		Optional<Path> driver = find("chromedriver");
		Assumptions.assumeTrue(chromium.isPresent() && driver.isPresent(),
				"Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
		var options = new ChromeOptions();
		options.setBinary(chromium.get().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--lang=fr-FR", "--window-size=1280,900");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile()).build();
		var browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		return browser;
	}

	public static void phone(ChromeDriver browser) {
		browser.manage().window().setSize(new Dimension(360, 740));
	}

	/** Saves what the page looks like under target/screenshots, for people reviewing a change. */
	public static void screenshot(ChromeDriver browser, String name) {
		try {
			Path dir = Files.createDirectories(Path.of("target/screenshots"));
			File shot = browser.getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Waits up to 10 s; a driver error while the page changes under us (stale or vanished node) means "not yet". */
	public static <T> T waitFor(ChromeDriver browser, Function<WebDriver, T> condition) {
		return new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class).until(condition);
	}

	/** Waits for the next page: a click returns before the browser has navigated. */
	public static void expectHeading(ChromeDriver browser, String expected) {
		waitFor(browser, driver -> driver.findElement(By.tagName("h1")).getText().equals(expected));
	}

	/** Signs in through the login form and waits to leave it. */
	public static void signIn(ChromeDriver browser, int port, String email, String password) {
		browser.get(url(port, "/login"));
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		waitFor(browser, driver -> !driver.getCurrentUrl().contains("/login"));
	}

	/** Replaces what a field holds with typed text. */
	public static void type(ChromeDriver browser, String id, String value) {
		var field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	/** Date and time inputs take the browser's locale when typed into; their value is ISO whatever the locale. */
	public static void setValue(ChromeDriver browser, String id, String value) {
		browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), value);
	}

	/** The page's full width: more than the window means a horizontal scroll bar. */
	public static long pageWidth(ChromeDriver browser) {
		return (Long) browser.executeScript("return document.documentElement.scrollWidth;");
	}

	public static String url(int port, String path) {
		return "http://localhost:" + port + path;
	}

	private static Optional<Path> find(String... names) {
		String path = System.getenv().getOrDefault("PATH", "/usr/bin");
		return Stream.of(names)
			.flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)))
			.filter(Files::isExecutable)
			.findFirst();
	}

}
