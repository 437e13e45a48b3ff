package fr.egide.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many sign-in attempts an account and a client address may make per window
 * ({@code egide.login.*}), and how many keys are tracked at most.
 */
@ConfigurationProperties("egide.login")
record LoginLimits(@DefaultValue("10") int attemptsPerAccount, @DefaultValue("50") int attemptsPerIp,
		@DefaultValue("15m") Duration window, @DefaultValue("100000") int maxTrackedKeys) {

	LoginLimits {
		if (attemptsPerAccount < 1 || attemptsPerIp < 1 || maxTrackedKeys < 1 || window.isNegative()
				|| window.isZero()) {
			throw new IllegalArgumentException("egide.login.* limits must be positive");
		}
	}

}
