package fr.egide.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.egide.ApiClient;
import fr.egide.EgideTest;
import fr.egide.MutableClock;
import fr.egide.TestMembers;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class ApiTokenTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	MutableClock clock;

	private ApiClient api;

	private MemberAccount member;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.member = TestMembers.member(this.directory, TestMembers.pole(this.directory));
	}

	@Test
	void aTokenLastsAtMostAnHourAndOpensTheApi() {
		var response = this.api.post("/api/auth/token", null,
				"{\"email\": \"" + this.member.email().toUpperCase() + "\", \"password\": \"" + TestMembers.PASSWORD + "\"}");
		assertThat(response.status()).isEqualTo(200);
		String token = response.body().get("token").asString();
		assertThat(response.body().get("expiresAt").asString()).isEqualTo(this.clock.instant().plus(Duration.ofHours(1)).toString());
		assertThat(this.api.get("/api/courses", token).status()).isEqualTo(200);
		String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
		assertThat(payload).contains("\"iss\":\"egide\"").contains("\"aud\":[\"egide-api\"]");
	}

	@Test
	void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
		var wrong = this.api.post("/api/auth/token", null,
				"{\"email\": \"" + this.member.email() + "\", \"password\": \"nope\"}");
		var unknown = this.api.post("/api/auth/token", null,
				"{\"email\": \"nobody@test.egide\", \"password\": \"nope\"}");
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(wrong.raw()).isEqualTo(unknown.raw());
		assertThat(this.api.post("/api/auth/token", null, "{}").status()).isEqualTo(401);
	}

	@Test
	void expiredTamperedUnsignedAndMissingTokensAre401() {
		String token = this.api.token(this.member.email(), TestMembers.PASSWORD);
		String[] parts = token.split("\\.");
		String otherSubject = Base64.getUrlEncoder().withoutPadding()
			.encodeToString(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
				.replace(this.member.id(), "someone-else")
				.getBytes(StandardCharsets.UTF_8));
		String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
		assertThat(this.api.get("/api/courses", parts[0] + "." + otherSubject + "." + parts[2]).status()).isEqualTo(401);
		assertThat(this.api.get("/api/courses", none + "." + parts[1] + ".").status()).isEqualTo(401);
		assertThat(this.api.get("/api/courses", "garbage").status()).isEqualTo(401);
		assertThat(this.api.get("/api/courses", null).status()).isEqualTo(401);
		assertThat(this.api.get("/api/courses", token).status()).as("good until it expires").isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(61));
		try {
			var expired = this.api.get("/api/courses", token);
			assertThat(expired.status()).isEqualTo(401);
			assertThat(expired.body().get("error").asString()).isEqualTo("unauthorized");
		}
		finally {
			this.clock.advance(Duration.ofMinutes(-61));
		}
	}

	@Test
	void membersCannotReachAdminEndpoints() {
		String token = this.api.token(this.member.email(), TestMembers.PASSWORD);
		var response = this.api.get("/api/admin/completion", token);
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body().get("error").asString()).isEqualTo("forbidden");
	}

}
