package fr.egide.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.egide.EgideTest;
import fr.egide.TestMembers;
import fr.egide.WebClient;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every answer carries: a strict Content-Security-Policy, no sniffing, no framing by
 * others; HSTS and Secure cookies once the request came over HTTPS (through a proxy on a
 * private network); a new session on sign-in; and no stack trace, whatever goes wrong.
 */
@EgideTest
class SecurityHeadersTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Test
	void everyPageHasAStrictPolicyAndCannotBeFramedByOthers() throws Exception {
		MemberAccount admin = TestMembers.member(this.directory, TestMembers.pole(this.directory), Role.POLE_ADMIN,
				Role.SPEAKER);
		var web = new WebClient(this.port);
		web.login(admin.email(), TestMembers.PASSWORD);
		for (String path : List.of("/login", "/", "/modules/alpha/sections/1", "/modules/alpha/quiz", "/progress",
				"/admin", "/admin/organisations", "/speaker/material", "/speaker/sessions", "/calendar", "/error")) {
			var headers = web.headers(path);
			String csp = headers.firstValue("Content-Security-Policy").orElse("");
			assertThat(csp).as(path).contains("default-src 'self'", "script-src 'self'", "object-src 'none'",
					"frame-ancestors 'self'");
			assertThat(csp).as(path).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
			assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
			assertThat(headers.firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS on " + path).isEmpty();
		}
	}

	@Test
	void overHttpsThroughAProxyHstsAndSecureCookiesFollowAndSignInStartsANewSession() throws Exception {
		MemberAccount member = TestMembers.member(this.directory, TestMembers.pole(this.directory));
		// A Secure cookie is never sent back over the test's plain connection by a cookie store: sent by hand.
		var http = HttpClient.newHttpClient();
		var login = http.send(https("/login").GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Strict-Transport-Security").orElse(""))
			.contains("max-age=31536000", "includeSubDomains");
		String before = sessionCookie(login);
		assertThat(before).contains("Secure", "HttpOnly", "SameSite=Lax");
		var csrf = CSRF.matcher(login.body());
		assertThat(csrf.find()).isTrue();
		var signedIn = http.send(https("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", id(before))
			.POST(HttpRequest.BodyPublishers.ofString("username=" + java.net.URLEncoder.encode(member.email(),
					java.nio.charset.StandardCharsets.UTF_8) + "&password=" + TestMembers.PASSWORD + "&_csrf="
					+ csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String after = sessionCookie(signedIn);
		assertThat(after).as("session fixation: a new session id on sign-in").isNotEmpty().contains("Secure");
		assertThat(id(after)).isNotEqualTo(id(before));
	}

	@Test
	void errorsNeverShowAStackTrace() throws Exception {
		var web = new WebClient(this.port);
		web.login(TestMembers.member(this.directory, TestMembers.pole(this.directory)).email(), TestMembers.PASSWORD);
		for (String path : List.of("/modules/alpha/sections/not-a-number", "/modules/alpha/sections/99999999999999",
				"/sessions/%00", "/admin", "/no/such/page")) {
			var page = web.get(path);
			assertThat(page.status()).as(path).isBetween(300, 499);
			assertThat(page.body()).as(path).doesNotContain("Exception").doesNotContain("at fr.egide")
				.doesNotContain("java.");
		}
		var api = new fr.egide.ApiClient(this.port);
		var broken = api.post("/api/auth/token", null, "{\"email\": [1, 2, {");
		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.raw()).doesNotContain("Exception").doesNotContain("jackson");
	}

	private HttpRequest.Builder https(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("X-Forwarded-Proto", "https");
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElse("");
	}

	private static String id(String cookie) {
		return cookie.split(";", 2)[0];
	}

}
