package fr.egide.security;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.egide.ApiClient;
import fr.egide.EgideTest;
import fr.egide.TestMembers;
import fr.egide.WebClient;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Unknown e-mail, wrong password and deactivated account must look alike from outside. */
@EgideTest
class EnumerationTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	private MemberAccount active;

	private MemberAccount deactivated;

	private String unknown;

	@BeforeEach
	void setUp() {
		var pole = TestMembers.pole(this.directory);
		this.active = TestMembers.member(this.directory, pole);
		this.deactivated = TestMembers.member(this.directory, pole);
		this.directory.setActive(this.deactivated.id(), false);
		this.unknown = "nobody-" + UUID.randomUUID() + "@test.egide";
	}

	@Test
	void theLoginFormAnswersAlike() {
		var answers = List.of(formAnswer(this.unknown, TestMembers.PASSWORD), formAnswer(this.active.email(), "wrong"),
				formAnswer(this.deactivated.email(), TestMembers.PASSWORD),
				formAnswer(this.deactivated.email(), "wrong"));
		assertThat(answers).allSatisfy(answer -> assertThat(answer).isEqualTo(answers.get(0)));
		assertThat(answers.get(0)).startsWith("302 ").contains("/login?error").contains("Adresse ou mot de passe incorrect.");
	}

	@Test
	void theTokenEndpointAnswersAlike() {
		var api = new ApiClient(this.port);
		var answers = List.of(api.post("/api/auth/token", null, credentials(this.unknown, TestMembers.PASSWORD)),
				api.post("/api/auth/token", null, credentials(this.active.email(), "wrong")),
				api.post("/api/auth/token", null, credentials(this.deactivated.email(), TestMembers.PASSWORD)),
				api.post("/api/auth/token", null, credentials(this.deactivated.email(), "wrong")));
		assertThat(answers).allSatisfy(answer -> {
			assertThat(answer.status()).isEqualTo(401);
			assertThat(answer.raw()).isEqualTo(answers.get(0).raw());
		});
	}

	@Test
	void aDeactivatedAccountFailsLikeAWrongPasswordAfterTheSameHashCheck() {
		var provider = new DaoAuthenticationProvider(new MemberDetailsService(this.directory));
		provider.setPasswordEncoder(this.passwordEncoder);
		var failures = List.of(fail(provider, this.unknown, TestMembers.PASSWORD), fail(provider, this.active.email(), "wrong"),
				fail(provider, this.deactivated.email(), TestMembers.PASSWORD));
		assertThat(failures).allSatisfy(failure -> {
			assertThat(failure).isExactlyInstanceOf(BadCredentialsException.class);
			assertThat(failure.getMessage()).isEqualTo(failures.get(0).getMessage());
		});
	}

	/** Status, redirect and the page it leads to, without the per-session CSRF token. */
	private String formAnswer(String email, String password) {
		var web = new WebClient(this.port);
		var page = web.login(email, password);
		var next = web.get(page.location());
		return page.status() + " " + page.location() + " " + page.body() + " -> " + next.status() + " "
				+ next.body().replaceAll("name=\"_csrf\"\\s+value=\"[^\"]+\"", "name=\"_csrf\"");
	}

	private static Throwable fail(DaoAuthenticationProvider provider, String email, String password) {
		return catchThrowable(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password)));
	}

	private static String credentials(String email, String password) {
		return ApiClient.json().createObjectNode().put("email", email).put("password", password).toString();
	}

}
