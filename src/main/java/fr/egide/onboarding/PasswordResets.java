package fr.egide.onboarding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;

import fr.egide.directory.Directory;
import fr.egide.directory.LinkToken;
import fr.egide.directory.MemberAccount;
import fr.egide.mail.Mailer;
import fr.egide.mail.OutgoingMail;
import fr.egide.system.PublicUrls;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * "Forgot my password": a single-use link by e-mail, same token rules as invitations. The
 * answer to a request never depends on whether the address is known, and the mail is sent in
 * the background so the response time does not tell either.
 */
@Service
class PasswordResets {

	private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

	private final PasswordResetRepository resets;

	private final MongoTemplate mongo;

	private final Directory directory;

	private final Mailer mailer;

	private final MessageSource messages;

	private final PublicUrls urls;

	private final Executor executor;

	private final Clock clock;

	private final Duration validity;

	PasswordResets(PasswordResetRepository resets, MongoTemplate mongo, Directory directory, Mailer mailer,
			MessageSource messages, PublicUrls urls, @Qualifier("applicationTaskExecutor") Executor executor,
			Clock clock, @Value("${egide.password-reset.validity:1h}") Duration validity) {
		this.resets = resets;
		this.mongo = mongo;
		this.directory = directory;
		this.mailer = mailer;
		this.messages = messages;
		this.urls = urls;
		this.executor = executor;
		this.clock = clock;
		this.validity = validity;
	}

	/** Sends a link if {@code email} is an active account; does nothing visible otherwise. */
	void request(String email) {
		Optional<MemberAccount> account = this.directory.findByEmail(email).filter(MemberAccount::active);
		if (account.isEmpty()) {
			return;
		}
		String link = this.urls.to("/password/reset/");
		this.executor.execute(() -> {
			try {
				send(account.get(), link);
			}
			catch (RuntimeException ex) {
				log.warn("Could not send a password-reset link: {}", ex.getMessage());
			}
		});
	}

	private void send(MemberAccount account, String linkPrefix) {
		Instant now = this.clock.instant();
		var token = LinkToken.generate();
		this.resets.insert(new PasswordReset(UUID.randomUUID().toString(), account.id(), token.hash(), now,
				now.plus(this.validity), null));
		String expires = now.plus(this.validity)
			.atZone(ZoneId.of("Europe/Paris"))
			.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
		Object[] args = { account.displayName(), linkPrefix + token.raw(), expires };
		String text = this.messages.getMessage("mail.reset.body", args, Locale.FRENCH) + "\n\n-----\n\n"
				+ this.messages.getMessage("mail.reset.body", args, Locale.ENGLISH);
		this.mailer.send(new OutgoingMail(account.email(),
				this.messages.getMessage("mail.reset.subject", null, Locale.FRENCH), text, account.poleId(),
				"password-reset"));
	}

	/** The reset a link leads to, if it can still be used. */
	Optional<PasswordReset> open(String rawToken) {
		if (rawToken == null || rawToken.length() > 100) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.resets.findByTokenHash(LinkToken.hashOf(rawToken))
			.filter(reset -> reset.usedAt() == null && now.isBefore(reset.expiresAt()));
	}

	/** Uses the link (once) and sets the password; every other pending link of the member dies too. */
	Optional<MemberAccount> complete(PasswordReset reset, String password) {
		Instant now = this.clock.instant();
		var claimed = this.mongo.findAndModify(
				Query.query(Criteria.where("_id").is(reset.id()).and("usedAt").is(null).and("expiresAt").gt(now)),
				Update.update("usedAt", now), PasswordReset.class);
		if (claimed == null) {
			return Optional.empty();
		}
		this.resets.findByMemberIdAndUsedAtIsNull(reset.memberId())
			.forEach(other -> this.resets.save(new PasswordReset(other.id(), other.memberId(), other.tokenHash(),
					other.createdAt(), other.expiresAt(), now)));
		return this.directory.member(reset.memberId())
			.filter(MemberAccount::active)
			.flatMap(member -> this.directory.setPassword(member.id(), password));
	}

	String emailOf(PasswordReset reset) {
		return this.directory.member(reset.memberId()).map(MemberAccount::email).orElse("");
	}

}
