package fr.egide;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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

	private static Optional<Path> find(String... names) {
		String path = System.getenv().getOrDefault("PATH", "/usr/bin");
		return Stream.of(names)
			.flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)))
			.filter(Files::isExecutable)
			.findFirst();
	}

}
