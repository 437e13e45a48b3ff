package fr.egide.reporting;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

import io.github.bucket4j.Bucket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.mail.MailStatus;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Sends reminder mails at most {@code egide.reminders.per-second} a second, shared by every
 * bulk action and the schedule of this instance, and records what became of each mail.
 */
@Component
class ReminderSender {

	private static final Logger log = LoggerFactory.getLogger(ReminderSender.class);

	private final ReminderMail mail;

	private final ReminderLog reminders;

	private final Directory directory;

	private final Executor executor;

	private final Clock clock;

	private final Bucket bucket;

	ReminderSender(ReminderMail mail, ReminderLog reminders, Directory directory,
			@Qualifier("applicationTaskExecutor") Executor executor, Clock clock, ReminderSettings settings) {
		this.mail = mail;
		this.reminders = reminders;
		this.directory = directory;
		this.executor = executor;
		this.clock = clock;
		this.bucket = Bucket.builder()
			.addLimit(limit -> limit.capacity(settings.perSecond()).refillGreedy(settings.perSecond(),
					Duration.ofSeconds(1)))
			.build();
	}

	/** Sends the mails one after the other on the application's task executor. */
	void inBackground(List<ReminderBatch> batches) {
		if (!batches.isEmpty()) {
			this.executor.execute(() -> batches.forEach(this::send));
		}
	}

	/** Sends one mail now, waiting for the rate limit; nothing goes to a deactivated or erased member. */
	MailStatus send(ReminderBatch batch) {
		var member = this.directory.member(batch.memberId()).filter(MemberAccount::active);
		if (member.isEmpty() || member.get().erased()) {
			return null;
		}
		try {
			this.bucket.asBlocking().consume(1);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		try {
			MailStatus status = this.mail.send(member.get(), batch);
			this.reminders.sent(batch.reminderIds(), status, this.clock.instant());
			return status;
		}
		catch (RuntimeException ex) {
			log.warn("Could not send a reminder to member {}: {}", batch.memberId(), ex.toString());
			return null;
		}
	}

}
