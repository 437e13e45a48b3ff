package fr.egide.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.scheduling.TrainingSession.SessionFormat;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo pole's calendar (profile {@code demo}, after the demo members exist): a fair in
 * France in 40 days and one abroad in 70, with their campaigns, and a speaker's session before
 * the first one with three members registered.
 */
@Component
@Order(20)
class DemoSchedule implements ApplicationRunner {

	private final Environment environment;

	private final Directory directory;

	private final Events events;

	private final Sessions sessions;

	private final Clock clock;

	DemoSchedule(Directory directory, Events events, Sessions sessions, Clock clock, Environment environment) {
		this.environment = environment;
		this.directory = directory;
		this.events = events;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.environment.matchesProfiles("demo")) {
			return;
		}
		var pole = this.directory.poles().stream().filter(candidate -> candidate.name().equals("Pôle Démo")).findFirst();
		if (pole.isEmpty() || !this.events.ofPole(pole.get().id()).isEmpty()) {
			return;
		}
		String poleId = pole.get().id();
		var organisations = this.directory.organisations(poleId);
		LocalDate today = LocalDate.now(this.clock.withZone(Campaigns.PARIS));
		var jec = this.events.create(poleId, new EventDetails("JEC World", "Paris Nord Villepinte", "FR",
				today.plusDays(40), today.plusDays(42), "https://www.jec-world.events"));
		var hannover = this.events.create(poleId, new EventDetails("Hannover Messe", "Hanovre", "DE",
				today.plusDays(70), today.plusDays(74), "https://www.hannovermesse.de"));
		if (!organisations.isEmpty()) {
			this.events.setParticipants(jec, Set.of(organisations.get(organisations.size() - 1).id()), Set.of());
			this.events.setParticipants(hannover, Set.of(organisations.get(0).id()), Set.of());
		}
		var speaker = this.directory.findByEmail("intervenant@demo.egide.test");
		if (speaker.isEmpty()) {
			return;
		}
		LocalDate day = today.plusDays(33);
		var session = this.sessions.create(speaker.get().id(), new SessionDetails(
				"Sécurité économique sur les salons", "Ce qu’il faut savoir avant d’exposer : stand, documents, "
						+ "rencontres, déplacements.",
				SessionFormat.IN_PERSON, "Maison du pôle, 12 rue des Entrepreneurs, Nantes", "Salle Jules Verne",
				"", SessionDetails.at(day.toString(), "10:00"), SessionDetails.at(day.toString(), "11:30"), 12,
				Set.of(poleId), jec.id(), null, "salons-deplacements", List.of("salons-et-voyages", "approches-et-signalement"), false));
		for (int i = 1; i <= 3; i++) {
			this.directory.findByEmail("membre" + i + "@demo.egide.test")
				.filter(MemberAccount::active)
				.ifPresent(member -> this.sessions.register(session, member));
		}
	}

}
