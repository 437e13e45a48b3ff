package fr.egide.reporting;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reminders go out ({@code egide.reminders.*}): mails per second, how long before a due
 * date the automatic ones are sent, how often and how many times after it, and how many
 * members one bulk action may reach.
 */
@ConfigurationProperties("egide.reminders")
record ReminderSettings(@DefaultValue("10") int perSecond, @DefaultValue({ "7d", "1d" }) List<Duration> offsets,
		@DefaultValue("7d") Duration overdueEvery, @DefaultValue("3") int overdueMax,
		@DefaultValue("2000") int bulkCap) {

	ReminderSettings {
		if (perSecond < 1 || overdueMax < 0 || bulkCap < 1 || overdueEvery.isNegative() || overdueEvery.isZero()
				|| offsets.stream().anyMatch(Duration::isNegative)) {
			throw new IllegalArgumentException("egide.reminders.* must be positive");
		}
	}

}
