package fr.egide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Organisation.OrganisationType;
import fr.egide.directory.Pole;
import fr.egide.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * RGAA 4.1 / WCAG 2.1 AA in a real browser: axe-core finds no serious or critical violation on the
 * main pages, in French and in English; a member goes from the home page to a quiz result with the
 * keyboard alone, and always sees where the focus is.
 */
@EgideTest
class AccessibilityBrowserTests {

	private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	private static final Set<String> SERIOUS = Set.of("serious", "critical");

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/**
	 * Runs axe on the page; answers how many rules passed and every violation, or a string if axe
	 * failed.
	 */
	private static final String RUN_AXE = """
			var done = arguments[arguments.length - 1];
			axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
			  .then(function (results) {
			    done({passes: results.passes.length, violations: results.violations.map(function (v) {
			      return {id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
			        targets: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }),
			        detail: v.nodes.length && v.nodes[0].failureSummary ? v.nodes[0].failureSummary : ''};
			    })});
			  })
			  .catch(function (e) { done('axe failed: ' + e); });
			""";

	/** Whether the focused element shows where it is: an outline or a box shadow. */
	private static final String FOCUS_VISIBLE = """
			var el = document.activeElement;
			if (!el || el === document.body) { return 'no focus'; }
			var style = getComputedStyle(el);
			var outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
			var shadow = style.boxShadow && style.boxShadow !== 'none';
			return outline || shadow ? 'visible' : 'invisible: ' + el.outerHTML.substring(0, 120);
			""";

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	MutableClock clock;

	private ChromeDriver browser;

	private MemberAccount signedIn;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.start();
		this.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@TestFactory
	Stream<DynamicTest> theMainPagesHaveNoSeriousViolationInFrenchOrEnglish() {
		Pole pole = TestMembers.pole(this.directory);
		MemberAccount admin = TestMembers.member(this.directory, pole, Role.POLE_ADMIN, Role.PLATFORM_ADMIN);
		var exhibitor = this.directory.admit(new Directory.NewOrganisation(pole.id(), "Aéro Composites", null,
				OrganisationType.COMPANY, LocalDate.of(2026, 1, 5), List.of(), null, null));
		MemberAccount member = person(pole, exhibitor.id(), "Louis Martin", Role.MEMBER);
		MemberAccount speaker = person(pole, admin.organisationId(), "Claire Euclès", Role.SPEAKER);
		String result = preparePages(admin, member, speaker);

		record Page(String path, MemberAccount account) {
		}
		List<Page> pages = List.of(new Page("/login", null), new Page("/accessibilite", null),
				new Page("/", member), new Page("/modules/alpha/sections/1", member),
				new Page("/modules/alpha/quiz", member), new Page(result, member), new Page("/progress", member),
				new Page("/sessions", member), new Page("/calendar", member), new Page("/accessibilite", member),
				new Page("/admin", admin), new Page("/admin/organisations", admin), new Page("/admin/events", admin),
				new Page("/admin/campaigns", admin), new Page("/admin/material", admin),
				new Page("/admin/scorm", admin), new Page("/speaker/sessions", speaker),
				new Page("/speaker/material", speaker), new Page("/speaker/scorm", speaker));
		String axe = axeSource();
		assertThat(axe).startsWith("/*! axe v4.6.3");
		return Stream.of("fr", "en")
			.flatMap(lang -> pages.stream()
				.map(page -> DynamicTest.dynamicTest(page.path() + " (" + lang + ", "
						+ (page.account() == null ? "signed out" : role(page.account())) + ")",
						() -> check(page.path(), lang, page.account(), axe))));
	}

	/** The check itself works: a nameless button and an image without a text alternative are caught. */
	@Test
	void axeCatchesAPlantedViolation() {
		this.browser.get(url("/login?lang=fr"));
		this.browser.executeScript("""
				var main = document.getElementById('main');
				main.insertAdjacentHTML('beforeend', '<button type="button"></button><img src="/css/none.png">');
				""");
		assertThat(seriousViolations("/login (planted)", axeSource())).extracting(v -> v.get("id"))
			.contains("button-name", "image-alt");
	}

	@Test
	void aMemberReachesTheQuizResultWithTheKeyboardAlone() {
		MemberAccount member = TestMembers.member(this.directory, TestMembers.pole(this.directory));
		signInAs(member);
		this.browser.get(url("/?lang=fr"));
		Browser.expectHeading(this.browser, "Vos formations");

		// The skip link comes first and takes the focus past the header.
		tab();
		assertThat(active().getText()).isEqualTo("Aller au contenu");
		Browser.screenshot(this.browser, "51-keyboard-skip-link");
		press(Keys.ENTER);
		Browser.waitFor(this.browser, driver -> driver.getCurrentUrl().endsWith("#main"));
		tab();
		assertThat((Boolean) this.browser.executeScript("return document.activeElement.closest('main') !== null;"))
			.as("after the skip link, the focus goes into the main content, not the navigation: %s",
					active().getAttribute("outerHTML"))
			.isTrue();

		// Open module Alpha.
		tabTo("the link that opens module Alpha",
				el -> "a".equals(el.getTagName()) && hrefEndsWith(el, "/modules/alpha") && el.getText().equals("Commencer"));
		press(Keys.ENTER);
		Browser.waitFor(this.browser, driver -> driver.getCurrentUrl().endsWith("/modules/alpha/sections/1")
				|| driver.getCurrentUrl().endsWith("/modules/alpha"));

		// Read every section with the pager, then go to the quiz.
		for (int section = 2; section <= 3; section++) {
			tabTo("the link to the next section", el -> "next".equals(el.getAttribute("rel")));
			press(Keys.ENTER);
			String expected = "/sections/" + section;
			Browser.waitFor(this.browser, driver -> driver.getCurrentUrl().endsWith(expected));
		}
		tabTo("the link to the quiz", el -> "a".equals(el.getTagName()) && hrefEndsWith(el, "/modules/alpha/quiz"));
		press(Keys.ENTER);
		Browser.waitFor(this.browser, driver -> driver.getCurrentUrl().endsWith("/modules/alpha/quiz"));
		tabTo("the first answer", el -> "radio".equals(el.getAttribute("type")));
		Browser.screenshot(this.browser, "53-keyboard-quiz-focus");
		this.browser.navigate().refresh();

		// Answer every question: Space checks the focused radio button or box; Tab goes on to the next group.
		Set<String> answered = new java.util.HashSet<>();
		for (int i = 0; i < 80; i++) {
			tab();
			WebElement el = active();
			String type = el.getAttribute("type");
			if ("submit".equals(type) && (Boolean) this.browser
				.executeScript("return arguments[0].form !== null && arguments[0].form.id === 'quiz-form';", el)) {
				break;
			}
			if (("radio".equals(type) || "checkbox".equals(type)) && answered.add(el.getAttribute("name"))) {
				press(Keys.SPACE);
				assertThat(el.isSelected()).as("Space checks %s", el.getAttribute("id")).isTrue();
			}
		}
		assertThat(answered).as("questions answered").hasSize(5);
		assertThat(active().getAttribute("type")).as("the submit button has the focus").isEqualTo("submit");
		Browser.screenshot(this.browser, "52-keyboard-quiz-submit");
		press(Keys.ENTER);
		Browser.waitFor(this.browser, driver -> driver.getCurrentUrl().contains("/quiz/attempts/"));
		Browser.expectHeading(this.browser, "Résultat — Module Alpha");
		assertThat(this.browser.findElement(By.cssSelector(".score")).getText()).startsWith("Votre score");
	}

	/** A quiz result, an event with its campaign and a planned session, so that pages show real rows. */
	private String preparePages(MemberAccount admin, MemberAccount member, MemberAccount speaker) {
		LocalDate opening = LocalDate.now(this.clock.withZone(PARIS)).plusDays(10);
		signInAs(admin);
		this.browser.get(url("/admin/events"));
		Browser.type(this.browser, "name", "Salon du Bourget");
		Browser.type(this.browser, "place", "Le Bourget");
		Browser.setValue(this.browser, "startsOn", opening.toString());
		Browser.setValue(this.browser, "endsOn", opening.plusDays(4).toString());
		this.browser.findElement(By.id("create-event")).click();
		Browser.expectHeading(this.browser, "Salon du Bourget");
		this.browser.findElement(By.cssSelector("input[name=organisations] + label")).click();
		this.browser.findElement(By.id("save-participants")).click();
		Browser.waitFor(this.browser, driver -> driver.findElement(By.id("notice")).isDisplayed());

		signInAs(speaker);
		this.browser.get(url("/speaker/sessions/new"));
		Browser.type(this.browser, "title", "Sécurité économique au salon");
		Browser.type(this.browser, "summary", "Ce qu’il faut savoir avant de partir exposer.");
		Browser.type(this.browser, "address", "Maison du pôle, Toulouse");
		Browser.setValue(this.browser, "day", opening.minusDays(3).toString());
		Browser.setValue(this.browser, "start", "10:00");
		Browser.setValue(this.browser, "end", "11:30");
		new Select(this.browser.findElement(By.id("course"))).selectByValue("essentials");
		this.browser.findElement(By.id("save-session")).click();
		Browser.expectHeading(this.browser, "Sécurité économique au salon");

		signInAs(member);
		this.browser.get(url("/modules/alpha/quiz"));
		for (String label : List.of("Deux", "Première", "Vrai", "Module Alpha", "Un QCM")) {
			this.browser.findElement(By.xpath("//label[normalize-space(.)='" + label + "']")).click();
		}
		this.browser.findElement(By.cssSelector("#quiz-form button[type=submit]")).click();
		Browser.waitFor(this.browser, driver -> driver.getCurrentUrl().contains("/quiz/attempts/"));
		return java.net.URI.create(this.browser.getCurrentUrl()).getPath();
	}

	private void check(String path, String lang, MemberAccount account, String axe) {
		if (account == null) {
			signOut();
		}
		else {
			signInAs(account);
		}
		this.browser.get(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
		assertThat(this.browser.getCurrentUrl()).as("%s opens without a redirection", path).contains(path);
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
		var violations = seriousViolations(path + " (" + lang + ")", axe);
		if (!violations.isEmpty()) {
			var message = new StringBuilder(path + " (" + lang + "): " + violations.size()
					+ " serious or critical accessibility violation(s)");
			for (var v : violations) {
				message.append("\n  - ")
					.append(v.get("id"))
					.append(" [")
					.append(v.get("impact"))
					.append("] ")
					.append(v.get("help"))
					.append(" (")
					.append(v.get("count"))
					.append(" node(s)): ")
					.append(v.get("targets"))
					.append("\n      ")
					.append(String.valueOf(v.get("detail")).replace("\n", "\n      "));
			}
			fail(message.toString());
		}
	}

	/** Runs axe on the current page; prints the minor and moderate violations, answers the others. */
	private List<Map<String, Object>> seriousViolations(String page, String axe) {
		this.browser.executeScript(axe);
		Object found = this.browser.executeAsyncScript(RUN_AXE);
		if (found instanceof String error) {
			fail(page + ": " + error);
		}
		@SuppressWarnings("unchecked")
		var results = (Map<String, Object>) found;
		assertThat((Long) results.get("passes")).as("axe checked %s", page).isPositive();
		@SuppressWarnings("unchecked")
		var all = (List<Map<String, Object>>) results.get("violations");
		all.stream()
			.filter(v -> !SERIOUS.contains(v.get("impact")))
			.forEach(v -> System.out.println("[axe] " + page + ": " + v.get("id") + " [" + v.get("impact") + "] "
					+ v.get("help") + " " + v.get("targets")));
		return all.stream().filter(v -> SERIOUS.contains(v.get("impact"))).toList();
	}

	private void signInAs(MemberAccount account) {
		if (account.equals(this.signedIn)) {
			return;
		}
		this.browser.manage().deleteAllCookies();
		Browser.signIn(this.browser, this.port, account.email(), TestMembers.PASSWORD);
		this.signedIn = account;
	}

	private void signOut() {
		this.browser.manage().deleteAllCookies();
		this.signedIn = null;
	}

	private MemberAccount person(Pole pole, String organisationId, String name, Role role) {
		return this.directory.createMember(new Directory.NewMember(pole.id(), organisationId,
				"a-" + UUID.randomUUID() + "@test.egide", name, TestMembers.PASSWORD, Set.of(role)));
	}

	private static String role(MemberAccount account) {
		return account.roles().stream().map(Role::name).sorted().reduce((a, b) -> a + "+" + b).orElse("");
	}

	/** Tabs on until the focused element matches, checking on the way that the focus is always visible. */
	private void tabTo(String what, Predicate<WebElement> target) {
		List<String> seen = new ArrayList<>();
		for (int i = 0; i < 80; i++) {
			tab();
			WebElement el = active();
			if (target.test(el)) {
				return;
			}
			seen.add(el.getTagName() + " " + el.getText());
		}
		fail("Tab never reached " + what + "; focused in turn: " + seen);
	}

	/** Presses Tab once and checks that the newly focused element shows it has the focus. */
	private void tab() {
		press(Keys.TAB);
		assertThat((String) this.browser.executeScript(FOCUS_VISIBLE)).as("focus indicator on %s",
				this.browser.getCurrentUrl()).isEqualTo("visible");
	}

	private void press(CharSequence key) {
		new Actions(this.browser).sendKeys(key).perform();
	}

	private WebElement active() {
		return this.browser.switchTo().activeElement();
	}

	private static boolean hrefEndsWith(WebElement el, String path) {
		String href = el.getAttribute("href");
		return href != null && href.endsWith(path);
	}

	private String url(String path) {
		return Browser.url(this.port, path);
	}

	private static String axeSource() {
		try (InputStream in = AccessibilityBrowserTests.class.getClassLoader().getResourceAsStream(AXE)) {
			assertThat(in).as("axe-core on the test classpath: %s", AXE).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
