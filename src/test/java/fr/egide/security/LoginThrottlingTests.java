package fr.egide.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.egide.ApiClient;
import fr.egide.EgideTest;
import fr.egide.MutableClock;
import fr.egide.TestMembers;
import fr.egide.WebClient;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class LoginThrottlingTests {

	private static final Duration WINDOW = Duration.ofMinutes(15);

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	MutableClock clock;

	private MemberAccount member;

	@BeforeEach
	void setUp() {
		this.member = TestMembers.member(this.directory, TestMembers.pole(this.directory));
	}

	@Test
	void theEleventhFormAttemptOnOneAccountIsRefusedWithoutCheckingThePassword() {
		var web = new WebClient(this.port);
		for (int i = 0; i < 10; i++) {
			var page = web.login((i % 2 == 0) ? this.member.email() : " " + this.member.email().toUpperCase(), "wrong");
			assertThat(page.location()).endsWith("/login?error");
		}
		var refused = web.login(this.member.email(), TestMembers.PASSWORD);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body()).contains("Trop de tentatives. Réessayez dans 2 minutes.");
		assertThat(web.get("/").redirectsTo("/login")).isTrue();

		var other = TestMembers.member(this.directory, TestMembers.pole(this.directory));
		assertThat(signedIn(new WebClient(this.port).login(other.email(), TestMembers.PASSWORD))).isTrue();

		this.clock.advance(WINDOW);
		assertThat(signedIn(web.login(this.member.email(), TestMembers.PASSWORD))).isTrue();
		assertThat(web.get("/").status()).isEqualTo(200);
	}

	@Test
	void theTokenEndpointCountsTheSameWayAndAnswersInJson() throws Exception {
		var api = new ApiClient(this.port);
		for (int i = 0; i < 10; i++) {
			var response = api.post("/api/auth/token", null, credentials(
					(i % 2 == 0) ? this.member.email() : this.member.email().toUpperCase() + " ", "wrong"));
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.body().get("message").asString()).isEqualTo("Wrong e-mail or password.");
		}
		var refused = post(credentials(this.member.email(), TestMembers.PASSWORD));
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("90");
		var body = ApiClient.json().readTree(refused.body());
		assertThat(body.get("error").asString()).isEqualTo("too-many-attempts");
		assertThat(body.get("message").asString()).isEqualTo("Too many attempts. Try again in 2 minutes.");

		var other = TestMembers.member(this.directory, TestMembers.pole(this.directory));
		assertThat(api.token(other.email(), TestMembers.PASSWORD)).isNotBlank();

		this.clock.advance(WINDOW);
		assertThat(api.token(this.member.email(), TestMembers.PASSWORD)).isNotBlank();
	}

	@Test
	void anOversizedTokenRequestIsRefusedBeforeAnyCheck() throws Exception {
		String padding = "x".repeat(LoginThrottleFilter.MAX_TOKEN_BODY);
		var response = post("{\"email\":\"" + this.member.email() + "\",\"password\":\"" + padding + "\"}");
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(ApiClient.json().readTree(response.body()).get("error").asString()).isEqualTo("too-large");
	}

	@Test
	void oneAddressIsLimitedWhateverTheAccounts() {
		var clock = new MutableClock(Instant.parse("2026-01-05T08:00:00Z"));
		var attempts = new LoginAttempts(new LoginLimits(10, 3, WINDOW, 1000), clock);
		for (int i = 0; i < 3; i++) {
			assertThat(attempts.waitBeforeAttempt("203.0.113.7", "user" + i + "@test.egide")).isZero();
		}
		assertThat(attempts.waitBeforeAttempt("203.0.113.7", "user9@test.egide")).isEqualTo(Duration.ofMinutes(5));
		assertThat(attempts.waitBeforeAttempt("203.0.113.7", null)).isPositive();
		assertThat(attempts.waitBeforeAttempt("203.0.113.8", "user0@test.egide")).isZero();
		clock.advance(Duration.ofMinutes(5));
		assertThat(attempts.waitBeforeAttempt("203.0.113.7", "user9@test.egide")).isZero();
		assertThat(attempts.waitBeforeAttempt("203.0.113.7", "user9@test.egide")).isPositive();
	}

	@Test
	void randomAccountsDoNotGrowTheCountsWithoutBound() {
		var clock = new MutableClock(Instant.parse("2026-01-05T08:00:00Z"));
		var attempts = new LoginAttempts(new LoginLimits(10, 1_000_000, WINDOW, 100), clock);
		for (int i = 0; i < 1000; i++) {
			attempts.waitBeforeAttempt("203.0.113.7", UUID.randomUUID() + "@test.egide");
		}
		assertThat(attempts.trackedKeys()).isBetween(2, 101);
		clock.advance(WINDOW.plusSeconds(1));
		attempts.waitBeforeAttempt("203.0.113.9", "late@test.egide");
		assertThat(attempts.trackedKeys()).isEqualTo(2);
	}

	private static boolean signedIn(WebClient.Page page) {
		return page.status() == 302 && URI.create(page.location()).getPath().equals("/");
	}

	private static String credentials(String email, String password) {
		return ApiClient.json().createObjectNode().put("email", email).put("password", password).toString();
	}

	private HttpResponse<String> post(String json) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
