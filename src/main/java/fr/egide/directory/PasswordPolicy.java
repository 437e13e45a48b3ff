package fr.egide.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: 12 to 128 characters and not on the list of passwords
 * attackers try first (NIST SP 800-63B's advice, rather than composition rules).
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		var resource = new ClassPathResource("directory/common-passwords.txt");
		try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			this.common = reader.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The message key of the first problem with {@code password}, or empty when it is acceptable. */
	public Optional<String> problem(String password, String email) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.too-short");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("password.too-long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower) || password.chars().distinct().count() <= 2) {
			return Optional.of("password.common");
		}
		if (email != null && lower.contains(email.toLowerCase(Locale.ROOT).split("@")[0])
				&& email.split("@")[0].length() >= 4) {
			return Optional.of("password.contains-email");
		}
		return Optional.empty();
	}

}
