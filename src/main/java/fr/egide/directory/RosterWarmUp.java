package fr.egide.directory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds each pole's sorted member list in the background once the server is up, so the first
 * admin to open the dashboard does not wait for it (about 7 s for 100,000 members on the
 * embedded store).
 */
@Component
class RosterWarmUp {

	private static final Logger log = LoggerFactory.getLogger(RosterWarmUp.class);

	private final Directory directory;

	private final PoleMembers members;

	RosterWarmUp(Directory directory, PoleMembers members) {
		this.directory = directory;
		this.members = members;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		Thread thread = new Thread(() -> this.directory.poles().forEach(pole -> {
			try {
				long start = System.nanoTime();
				int total = this.members.page(pole.id(), null, 0, 1).total();
				log.info("Member list of {} ({} members) ready in {} ms", pole.name(), total,
						(System.nanoTime() - start) / 1_000_000);
			}
			catch (RuntimeException ex) {
				log.warn("Could not prepare the member list of {}: {}", pole.name(), ex.getMessage());
			}
		}), "roster-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

}
