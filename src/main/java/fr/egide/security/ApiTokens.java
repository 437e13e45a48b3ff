package fr.egide.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;

import javax.crypto.SecretKey;

import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.egide.system.DataDirectory;
import fr.egide.system.ShortLived;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Issues and checks the API's bearer tokens: HS256 only, fixed issuer and audience, at most
 * one hour of life. The key comes from {@code egide.jwt.secret} (Base64, 32 bytes or more);
 * when unset it is generated once and kept in the data directory.
 */
@Component
class ApiTokens {

	static final String ISSUER = "egide";

	static final String AUDIENCE = "egide-api";

	private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

	private static final Duration MAX_LIFETIME = Duration.ofHours(1);

	private static final int CLOCK_SKEW_SECONDS = 30;

	private static final int MAX_CHECKED = 5_000;

	private final SecretKey key;

	private final Duration lifetime;

	private final Clock clock;

	/**
	 * Tokens whose signature and claims were already checked: a client sends the same token with
	 * every call, and parsing it again cost more than the rest of the security filters. A token
	 * cannot be revoked (a deactivated member is refused by the member check), so a checked
	 * token stays good until it expires.
	 */
	private final ShortLived<String, Checked> checked = new ShortLived<>(
			MAX_LIFETIME.plusSeconds(CLOCK_SKEW_SECONDS), MAX_CHECKED);

	private record Checked(String memberId, Instant expiresAt) {
	}

	ApiTokens(@Value("${egide.jwt.secret:}") String secret, @Value("${egide.jwt.lifetime:PT1H}") Duration lifetime,
			DataDirectory dataDirectory, Clock clock) {
		this.key = Keys.hmacShaKeyFor(StringUtils.hasText(secret) ? Base64.getDecoder().decode(secret.strip())
				: storedKey(dataDirectory.path().resolve("jwt-secret")));
		this.lifetime = lifetime.compareTo(MAX_LIFETIME) > 0 ? MAX_LIFETIME : lifetime;
		this.clock = clock;
	}

	record IssuedToken(String token, Instant expiresAt) {
	}

	IssuedToken issue(EgideUser user) {
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.lifetime);
		String token = Jwts.builder()
			.issuer(ISSUER)
			.audience().add(AUDIENCE).and()
			.subject(user.memberId())
			.issuedAt(Date.from(now))
			.notBefore(Date.from(now))
			.expiration(Date.from(expiresAt))
			.signWith(this.key, Jwts.SIG.HS256)
			.compact();
		return new IssuedToken(token, expiresAt);
	}

	/** The member id a valid token was issued to; empty for anything else. */
	Optional<String> memberId(String token) {
		Checked known = this.checked.find(token).orElse(null);
		if (known != null) {
			if (this.clock.instant().isBefore(known.expiresAt().plusSeconds(CLOCK_SKEW_SECONDS))) {
				return Optional.of(known.memberId());
			}
			this.checked.evict(token);
			return Optional.empty();
		}
		try {
			var jws = Jwts.parser()
				.verifyWith(this.key)
				.requireIssuer(ISSUER)
				.requireAudience(AUDIENCE)
				.clock(() -> Date.from(this.clock.instant()))
				.clockSkewSeconds(CLOCK_SKEW_SECONDS)
				.build()
				.parseSignedClaims(token);
			if (!"HS256".equals(jws.getHeader().getAlgorithm())) {
				return Optional.empty();
			}
			String memberId = jws.getPayload().getSubject();
			Date expiration = jws.getPayload().getExpiration();
			if (memberId != null && expiration != null) {
				this.checked.put(token, new Checked(memberId, expiration.toInstant()));
			}
			return Optional.ofNullable(memberId);
		}
		catch (JwtException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static byte[] storedKey(Path file) {
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file).strip());
			}
			byte[] bytes = new byte[32];
			new SecureRandom().nextBytes(bytes);
			Files.writeString(file, Base64.getEncoder().encodeToString(bytes));
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// Not a POSIX file system: the data directory's own permissions protect the key.
			}
			log.info("Generated the API token key in {}; set egide.jwt.secret to share one key "
					+ "between several instances", file.toAbsolutePath());
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the API token key " + file, ex);
		}
	}

}
