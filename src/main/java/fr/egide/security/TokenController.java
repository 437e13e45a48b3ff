package fr.egide.security;

import java.time.Instant;

import fr.egide.directory.Directory;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code POST /api/auth/token}: e-mail and password in, a bearer token out. */
@RestController
class TokenController {

	private final Directory directory;

	private final PasswordEncoder passwordEncoder;

	private final ApiTokens tokens;

	/** Compared against when the e-mail is unknown, so both cases take the same time; made at first use. */
	private volatile String unknownUserHash;

	TokenController(Directory directory, PasswordEncoder passwordEncoder, ApiTokens tokens) {
		this.directory = directory;
		this.passwordEncoder = passwordEncoder;
		this.tokens = tokens;
	}

	private String unknownUserHash() {
		String hash = this.unknownUserHash;
		if (hash == null) {
			hash = this.passwordEncoder.encode(java.util.UUID.randomUUID().toString());
			this.unknownUserHash = hash;
		}
		return hash;
	}

	record Credentials(String email, String password) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

	@PostMapping("/api/auth/token")
	TokenResponse token(@RequestBody Credentials credentials) {
		String password = credentials.password() == null ? "" : credentials.password();
		var account = this.directory.findByEmail(credentials.email());
		boolean matches = this.passwordEncoder.matches(password,
				account.map(found -> found.passwordHash()).orElseGet(this::unknownUserHash));
		if (account.isEmpty() || !matches || !account.get().active()) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Wrong e-mail or password.");
		}
		var issued = this.tokens.issue(new EgideUser(account.get()));
		return new TokenResponse(issued.token(), issued.expiresAt());
	}

}
