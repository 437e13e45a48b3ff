package fr.egide.directory;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first platform admin when there is none: from {@code EGIDE_ADMIN_EMAIL} and
 * {@code EGIDE_ADMIN_PASSWORD}, else {@code admin@egide.local} with a random password
 * printed once to the log.
 */
@Component
@Order(0)
class PlatformAdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PlatformAdminBootstrap.class);

	private final Directory directory;

	private final String email;

	private final String password;

	PlatformAdminBootstrap(Directory directory, @Value("${EGIDE_ADMIN_EMAIL:admin@egide.local}") String email,
			@Value("${EGIDE_ADMIN_PASSWORD:}") String password) {
		this.directory = directory;
		this.email = email;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.directory.hasPlatformAdmin()) {
			return;
		}
		boolean generated = !StringUtils.hasText(this.password);
		String secret = generated ? randomPassword() : this.password;
		this.directory.createMember(new Directory.NewMember(null, null, this.email, "Administrateur plateforme",
				secret, Set.of(Role.PLATFORM_ADMIN)));
		if (generated) {
			log.warn("Created platform admin {} with password {} (shown once: change it, or set "
					+ "EGIDE_ADMIN_EMAIL and EGIDE_ADMIN_PASSWORD before the first start)", this.email, secret);
		}
		else {
			log.info("Created platform admin {} from EGIDE_ADMIN_EMAIL", this.email);
		}
	}

	static String randomPassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
