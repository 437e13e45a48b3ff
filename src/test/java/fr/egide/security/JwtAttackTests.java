package fr.egide.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.function.UnaryOperator;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.egide.ApiClient;
import fr.egide.EgideTest;
import fr.egide.MutableClock;
import fr.egide.TestMembers;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forged API tokens, each signed with the server's own key unless the attack is the key
 * itself: only a well-formed HS256 token from this issuer, for this audience, in its validity
 * window, for an active member, opens the API.
 */
@EgideTest
class JwtAttackTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	MutableClock clock;

	private ApiClient api;

	private MemberAccount member;

	private SecretKey key;

	@BeforeEach
	void setUp() throws Exception {
		this.api = new ApiClient(this.port);
		this.member = TestMembers.member(this.directory, TestMembers.pole(this.directory));
		this.api.token(this.member.email(), TestMembers.PASSWORD);
		byte[] secret = Base64.getDecoder().decode(Files.readString(Path.of("target/test-data/jwt-secret")).strip());
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	@Test
	void aTokenForgedWithTheServerKeyAndRightClaimsIsAccepted() {
		assertThat(status(sign(claims(b -> b)))).as("the forging below is sound").isEqualTo(200);
	}

	@Test
	void algorithmAttacksAre401() throws Exception {
		String payload = payloadOf(sign(claims(b -> b)));
		assertThat(status(encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".")).as("alg none").isEqualTo(401);
		assertThat(status(hmac("HS512", "HmacSHA512", payload))).as("HS512 with the same key").isEqualTo(401);
		assertThat(status(hmac("HS384", "HmacSHA384", payload))).as("HS384 with the same key").isEqualTo(401);
		assertThat(status(hmac("RS256", "HmacSHA256", payload))).as("RS256 header, HMAC signature").isEqualTo(401);
		assertThat(status(hmac("hs256", "HmacSHA256", payload))).as("lower-case algorithm").isEqualTo(401);
	}

	@Test
	void aWrongKeyOrATamperedPayloadIs401() {
		byte[] other = new byte[32];
		new SecureRandom().nextBytes(other);
		assertThat(status(claims(b -> b).signWith(new SecretKeySpec(other, "HmacSHA256"), Jwts.SIG.HS256).compact()))
			.isEqualTo(401);
		String[] parts = sign(claims(b -> b)).split("\\.");
		String tampered = encode(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("\"exp\":", "\"admin\":true,\"exp\":"));
		assertThat(status(parts[0] + "." + tampered + "." + parts[2])).isEqualTo(401);
	}

	@Test
	void timeIsCheckedWithThirtySecondsOfSkewOnly() {
		Instant now = this.clock.instant();
		assertThat(status(sign(claims(b -> b.expiration(Date.from(now.minusSeconds(10))))))).as("within skew")
			.isEqualTo(200);
		assertThat(status(sign(claims(b -> b.expiration(Date.from(now.minusSeconds(31))))))).as("expired")
			.isEqualTo(401);
		assertThat(status(sign(claims(b -> b.notBefore(Date.from(now.plus(Duration.ofMinutes(5))))))))
			.as("not yet valid")
			.isEqualTo(401);
	}

	@Test
	void issuerAudienceAndSubjectMustBeOurs() {
		assertThat(status(sign(claims(b -> b.issuer("someone-else"))))).isEqualTo(401);
		assertThat(status(sign(claims(b -> b.audience().single("other-api"))))).isEqualTo(401);
		assertThat(status(sign(Jwts.builder()
			.issuer(ApiTokens.ISSUER)
			.audience().add(ApiTokens.AUDIENCE).and()
			.expiration(Date.from(this.clock.instant().plusSeconds(600)))))).as("no subject").isEqualTo(401);
		assertThat(status(sign(claims(b -> b.subject("no-such-member"))))).isEqualTo(401);
	}

	@Test
	void aTokenOfADeactivatedMemberIs401() {
		String token = this.api.token(this.member.email(), TestMembers.PASSWORD);
		assertThat(status(token)).isEqualTo(200);
		this.directory.setActive(this.member.id(), false);
		assertThat(status(token)).isEqualTo(401);
	}

	private JwtBuilder claims(UnaryOperator<JwtBuilder> change) {
		Instant now = this.clock.instant();
		return change.apply(Jwts.builder()
			.issuer(ApiTokens.ISSUER)
			.audience().add(ApiTokens.AUDIENCE).and()
			.subject(this.member.id())
			.issuedAt(Date.from(now))
			.notBefore(Date.from(now))
			.expiration(Date.from(now.plusSeconds(600))));
	}

	private String sign(JwtBuilder builder) {
		return builder.signWith(this.key, Jwts.SIG.HS256).compact();
	}

	private String hmac(String alg, String macAlgorithm, String payload) throws Exception {
		String signingInput = encode("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}") + "." + payload;
		Mac mac = Mac.getInstance(macAlgorithm);
		mac.init(new SecretKeySpec(this.key.getEncoded(), macAlgorithm));
		return signingInput + "." + Base64.getUrlEncoder().withoutPadding()
			.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
	}

	private static String payloadOf(String token) {
		return token.split("\\.")[1];
	}

	private static String encode(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	private int status(String token) {
		return this.api.get("/api/me/progress", token).status();
	}

}
