package fr.egide.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in an invitation or password-reset link: 256 random bits sent once by e-mail,
 * while only its SHA-256 hash is stored, so a copy of the database opens no account.
 */
public record LinkToken(String raw, String hash) {

	private static final SecureRandom RANDOM = new SecureRandom();

	public static LinkToken generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		return new LinkToken(raw, hashOf(raw));
	}

	/** The stored form of a token read from a link; anything that is not one of ours hashes to nothing stored. */
	public static String hashOf(String raw) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	@Override
	public String toString() {
		return "LinkToken[hash=" + this.hash + "]";
	}

}
