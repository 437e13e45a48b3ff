package fr.egide.onboarding;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A password-reset link: the hash of its secret, whose account, until when, and whether it was used. */
@Document("password_resets")
record PasswordReset(@Id String id, @Indexed String memberId, @Indexed(unique = true) String tokenHash,
		Instant createdAt, Instant expiresAt, Instant usedAt) {
}
