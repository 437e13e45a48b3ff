package fr.egide;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;

import fr.egide.catalog.MarkdownRenderer;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An XSS corpus through every place people's text is shown: a speaker's module and its QCM, the
 * pole's charter, a session's title and abstract, adherents' names and names imported from CSV.
 * Each payload would set {@code window.__xss}; in Chromium, on every page, nothing ran, no alert
 * opened, and the DOM holds no event-handler attribute, no script-bearing address, no inline
 * script and no embedded frame or object. Payloads the validators refuse never reach a page.
 */
@EgideTest
class XssBrowserTests {

	static final List<String> CORPUS = List.of("<script>window.__xss=1</script>",
			"<img src=x onerror=\"window.__xss=2\">", "<svg onload=\"window.__xss=3\">",
			"<svg><script>window.__xss=4</script></svg>", "<iframe src=\"javascript:parent.__xss=5\"></iframe>",
			"<body onload=\"window.__xss=6\">", "<a href=\"javascript:window.__xss=7\">x7</a>",
			"<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=8>",
			"\"><img src=x onerror=window.__xss=9>", "'><svg/onload=window.__xss=10>",
			"\" autofocus onfocus=\"window.__xss=11", "</textarea><script>window.__xss=12</script>",
			"</title><script>window.__xss=13</script>", "<details open ontoggle=\"window.__xss=14\">",
			"<object data=\"javascript:window.__xss=15\">", "<embed src=\"javascript:window.__xss=16\">",
			"<form action=\"javascript:window.__xss=17\"><button>x17</button></form>",
			"<input onfocus=window.__xss=18 autofocus>", "<video><source onerror=\"window.__xss=19\">",
			"<style>@import 'javascript:window.__xss=20';</style>", "<base href=\"javascript:window.__xss=21//\">",
			"<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__xss=22\">",
			"[x23](javascript:window.__xss=23)", "[x24](JaVaScRiPt:window.__xss=24)",
			"[x25](javascript&#58;window.__xss=25)", "[x26](jav&#x09;ascript:window.__xss=26)",
			"[x27](&#106;avascript:window.__xss=27)", "[x28](%6Aavascript:window.__xss=28)",
			"[x29](<javascript:window.__xss=29>)",
			"[x30](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MzA8L3NjcmlwdD4=)",
			"[x31](vbscript:msgbox(31))", "![x32](javascript:window.__xss=32)",
			"![x33](x\" onerror=\"window.__xss=33)", "[x34][r34]\n\n[r34]: javascript:window.__xss=34",
			"<javascript:window.__xss=35>", "<data:text/html,<script>window.__xss=36</script>>",
			"[x37](\u0001javascript:window.__xss=37)", "[<img src=x onerror=window.__xss=38>](https://example.org)",
			"[x39](https://example.org \"t\\\" onmouseover=\\\"window.__xss=39\")",
			"<a href=\"&#x6A;avascript:window.__xss=40\">x40</a>", "[[${7*7}]] [(${7*7})] __${7*7}__::.x41",
			"<div style=\"background:url(javascript:window.__xss=42)\">x42</div>", "javascript:window.__xss=43",
			"<svg><a xlink:href=\"javascript:window.__xss=44\"><text>x44</text></a></svg>",
			"<noscript><p title=\"</noscript><img src=x onerror=window.__xss=45>\">",
			"<img src=\"x` `<script>window.__xss=46</script>\"` `>", "<<script>script>window.__xss=47<</script>/script>");

	/** Flags what could run: event handlers, script-bearing addresses, inline scripts, embedded documents. */
	private static final String DOM_SCAN = """
			var bad = [];
			document.querySelectorAll('body *').forEach(function (el) {
			  for (var i = 0; i < el.attributes.length; i++) {
			    var name = el.attributes[i].name.toLowerCase();
			    var value = (el.attributes[i].value || '').toLowerCase().replace(/[\\s\\u0000-\\u001f]/g, '');
			    if (name.indexOf('on') === 0) { bad.push(el.tagName + ' ' + name); }
			    if (/^(href|src|action|formaction|data|xlink:href|background|poster)$/.test(name)
			        && /^(javascript|vbscript|data:text\\/html)/.test(value)) { bad.push(el.tagName + ' ' + name + '=' + value); }
			  }
			  var tag = el.tagName.toLowerCase();
			  if (tag === 'script' && !el.src && el.type !== 'application/json') { bad.push('inline script'); }
			  if (['object', 'embed', 'base', 'meta', 'frame', 'frameset'].indexOf(tag) >= 0) { bad.push(tag); }
			  if (tag === 'iframe' && !/^\\/scorm\\/play\\//.test(el.getAttribute('src') || '')) { bad.push('iframe'); }
			});
			return JSON.stringify({ ran: window.__xss === undefined ? null : window.__xss, bad: bad });
			""";

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
	void noPayloadRunsAnywherePeoplesTextIsShown() {
		assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(40);
		var markdown = new MarkdownRenderer();
		List<String> accepted = CORPUS.stream().filter(p -> markdown.problems(p, "x").isEmpty()).toList();
		assertThat(accepted).as("raw HTML passes as text; unsafe links are refused").hasSizeBetween(20, CORPUS.size() - 10);

		var pole = TestMembers.pole(this.directory);
		MemberAccount admin = TestMembers.member(this.directory, pole, Role.POLE_ADMIN, Role.SPEAKER);
		MemberAccount member = TestMembers.member(this.directory, pole);
		var web = new WebClient(this.port);
		assertThat(web.login(admin.email(), TestMembers.PASSWORD).redirectsTo("/")).isTrue();
		var data = new PoleData(this.port, this.mongo, web);
		List<String> pages = new ArrayList<>();

		// A speaker's module: every refused payload is refused with its line; the others go in one module and its QCM.
		for (String payload : CORPUS) {
			if (!accepted.contains(payload)) {
				var refused = web.upload("/speaker/material", "files", "m.md", module("refus", List.of(payload)), Map.of());
				assertThat(refused.status()).as(payload).isEqualTo(422);
			}
		}
		String courseId = TestMaterial.id("xss");
		String moduleId = TestMaterial.id("xss-module");
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("course.yaml", TestMaterial.utf8(TestMaterial.course(courseId, "Cours XSS", moduleId)));
		files.put(moduleId + ".md", module(moduleId, accepted));
		files.put(moduleId + ".yaml", quiz(moduleId, accepted));
		String version = TestMaterial.publish(web, TestMaterial.zip(files));
		// A pole admin offering to their own pole accepts at once.
		assertThat(web.post("/speaker/material/" + courseId + "/offers", Map.of("pole", pole.id())).status()).isEqualTo(302);
		pages.add("/admin/material");
		pages.add(version + "/modules/" + moduleId + "/sections/1");
		pages.add(version + "/modules/" + moduleId + "/quiz");
		pages.add(version);

		// The charter, a session, adherents and names imported from a CSV file.
		data.publishCharter("# Charte\n\n" + String.join("\n\n", accepted));
		String organisation = data.admit("Adhérent <img src=x onerror=window.__xss=100>");
		for (String payload : CORPUS.subList(0, 12)) {
			data.admit(payload.length() > 190 ? payload.substring(0, 190) : payload);
		}
		var session = web.post("/speaker/sessions", Map.ofEntries(Map.entry("title", CORPUS.get(1)),
				Map.entry("summary", String.join("\n", CORPUS)), Map.entry("format", "IN_PERSON"),
				Map.entry("address", CORPUS.get(2)), Map.entry("room", CORPUS.get(3)), Map.entry("link", ""),
				Map.entry("day", "2030-05-06"), Map.entry("start", "10:00"), Map.entry("end", "11:00"),
				Map.entry("capacity", "10"), Map.entry("poles", pole.id()), Map.entry("course", ""),
				Map.entry("speaker", admin.id())));
		assertThat(session.redirectsTo("/sessions/")).as(session.body()).isTrue();
		pages.add(URI.create(session.location()).getPath());
		var csv = new StringBuilder("email;nom\n");
		for (int i = 0; i < CORPUS.size(); i++) {
			String name = CORPUS.get(i).length() > 120 ? CORPUS.get(i).substring(0, 120) : CORPUS.get(i);
			csv.append("xss").append(i).append('-').append(admin.id()).append("@test.egide;\"")
				.append(name.replace("\n", " ").replace("\"", "\"\"")).append("\"\n");
		}
		var preview = web.upload("/admin/invitations/import", "file", "noms.csv",
				csv.toString().getBytes(StandardCharsets.UTF_8), Map.of("organisation", organisation));
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.body()).doesNotContain("<img src=x onerror").doesNotContain("<script>window");
		assertThat(web.post("/admin/invitations/import/confirm", Map.of()).status()).isEqualTo(302);
		pages.addAll(List.of("/admin/organisations", "/admin/organisations/" + organisation, "/admin/charter", "/admin",
				"/sessions", "/speaker/sessions"));

		Browser.signIn(this.browser, this.port, admin.email(), TestMembers.PASSWORD);
		pages.forEach(this::assertNothingRuns);

		// Control: the scan does see a handler that got into a page.
		this.browser.executeScript("document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=\"window.__xss=99\">');");
		assertThat((String) this.browser.executeScript(DOM_SCAN)).contains("IMG onerror");

		this.browser.manage().deleteAllCookies();
		Browser.signIn(this.browser, this.port, member.email(), TestMembers.PASSWORD);
		for (String page : List.of("/charter", "/", "/modules/" + moduleId + "/sections/1", "/modules/" + moduleId + "/quiz",
				URI.create(session.location()).getPath())) {
			assertNothingRuns(page);
		}
		assertThat(this.mongo.count(Query.query(Criteria.where("displayName").regex("onerror")), "invitations"))
			.as("the names were stored as typed, and shown as text").isPositive();
	}

	private void assertNothingRuns(String path) {
		this.browser.get(Browser.url(this.port, path));
		try {
			String text = this.browser.switchTo().alert().getText();
			throw new AssertionError("an alert opened on " + path + ": " + text);
		}
		catch (NoAlertPresentException expected) {
			// Nothing ran.
		}
		String result = (String) this.browser.executeScript(DOM_SCAN);
		assertThat(result).as(path).isEqualTo("{\"ran\":null,\"bad\":[]}");
	}

	private static byte[] module(String id, List<String> payloads) {
		var body = new StringBuilder("## Page\n\n");
		payloads.forEach(payload -> body.append(payload).append("\n\n"));
		return TestMaterial.utf8(TestMaterial.module(id, "Module <script>window.__xss=90</script>", body.toString()));
	}

	private static byte[] quiz(String moduleId, List<String> payloads) {
		var yaml = new StringBuilder("module: " + moduleId + "\nquestions:\n");
		for (int i = 0; i < payloads.size(); i++) {
			String text = quoted(payloads.get(i));
			yaml.append("  - id: q").append(i).append("\n    text: ").append(text).append("\n    choices:\n")
				.append("      - text: ").append(text).append("\n        correct: true\n        feedback: ").append(text)
				.append("\n      - text: \"non\"\n    explanation: ").append(text).append('\n');
		}
		return TestMaterial.utf8(yaml.toString());
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\u0001", "\\x01")
				+ "\"";
	}

}
