package fr.egide.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import io.github.bucket4j.ConsumptionProbe;

import org.springframework.stereotype.Component;

/**
 * Counts sign-in attempts per account (normalised e-mail) and per client address, before any
 * password is checked. Every attempt counts, a successful one too: a success does not reset the
 * counters, so an attacker gains nothing by mixing in a known password and nothing needs to be
 * told apart. The counts live in this instance's memory; each instance of a cluster counts alone.
 */
@Component
class LoginAttempts {

	/** Longer than any e-mail address (RFC 5321 allows 254 characters); longer keys are cut. */
	private static final int MAX_KEY_LENGTH = 320;

	private final Buckets perAccount;

	private final Buckets perIp;

	LoginAttempts(LoginLimits limits, Clock clock) {
		this.perAccount = new Buckets(limits.attemptsPerAccount(), limits.window(), limits.maxTrackedKeys(), clock);
		this.perIp = new Buckets(limits.attemptsPerIp(), limits.window(), limits.maxTrackedKeys(), clock);
	}

	/**
	 * Records an attempt from this address for this e-mail (which may be {@code null}) and says
	 * how long to wait before trying again: {@link Duration#ZERO} when the attempt may proceed.
	 */
	Duration waitBeforeAttempt(String ip, String email) {
		ConsumptionProbe byIp = this.perIp.tryConsume(key(String.valueOf(ip)));
		if (!byIp.isConsumed()) {
			return waitOf(byIp);
		}
		if (email == null || email.isBlank()) {
			return Duration.ZERO;
		}
		ConsumptionProbe byAccount = this.perAccount.tryConsume(key(email.strip().toLowerCase(Locale.ROOT)));
		return byAccount.isConsumed() ? Duration.ZERO : waitOf(byAccount);
	}

	int trackedKeys() {
		return this.perAccount.size() + this.perIp.size();
	}

	private static String key(String value) {
		return (value.length() > MAX_KEY_LENGTH) ? value.substring(0, MAX_KEY_LENGTH) : value;
	}

	private static Duration waitOf(ConsumptionProbe probe) {
		Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
		return wait.isZero() ? Duration.ofSeconds(1) : wait;
	}

}
