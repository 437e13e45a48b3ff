package fr.egide.learning;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Attestation codes people can type: 12 Crockford base-32 characters (60 random bits) shown
 * as {@code XXXX-XXXX-XXXX}. Reading forgives case, dashes, spaces and O/I/L for 0/1/1.
 */
@Component
class VerificationCodes {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final int LENGTH = 12;

	private static final int GROUP = 4;

	private final SecureRandom random = new SecureRandom();

	String next() {
		var code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return grouped(code.toString());
	}

	/** The stored form of what someone typed, or empty when it cannot be a code. */
	static Optional<String> normalise(String typed) {
		if (typed == null || typed.length() > 40) {
			return Optional.empty();
		}
		String code = typed.toUpperCase(Locale.ROOT)
			.replaceAll("[\\s-]", "")
			.replace('O', '0')
			.replace('I', '1')
			.replace('L', '1');
		if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			return Optional.empty();
		}
		return Optional.of(grouped(code));
	}

	private static String grouped(String code) {
		return code.substring(0, GROUP) + "-" + code.substring(GROUP, 2 * GROUP) + "-" + code.substring(2 * GROUP);
	}

}
