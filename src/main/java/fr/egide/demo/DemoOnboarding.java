package fr.egide.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import fr.egide.directory.Directory;
import fr.egide.learning.Assignments;
import fr.egide.onboarding.Charters;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Under the {@code demo} profile, gives the demo pole its charter (the model text) and an onboarding
 * track: members 1-14 due in a month, 15-20 already late, so the admin pages have something to show.
 */
@Component
@Order(11)
class DemoOnboarding implements ApplicationRunner {

	private final Environment environment;

	private final Directory directory;

	private final Charters charters;

	private final Assignments assignments;

	private final Clock clock;

	DemoOnboarding(Directory directory, Charters charters, Assignments assignments, Clock clock, Environment environment) {
		this.environment = environment;
		this.directory = directory;
		this.charters = charters;
		this.assignments = assignments;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!this.environment.matchesProfiles("demo")) {
			return;
		}
		var admin = this.directory.findByEmail(DemoData.ADMIN).orElseThrow();
		if (this.charters.hasCharter(admin.poleId())) {
			return;
		}
		this.charters.publishAsPlatform(admin.poleId(), new ClassPathResource("onboarding/charter-template.md")
			.getContentAsString(StandardCharsets.UTF_8));
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Paris")));
		for (int i = 1; i <= 20; i++) {
			var member = this.directory.findByEmail("membre" + i + "@demo.egide.test").orElseThrow();
			LocalDate due = i <= 14 ? today.plusDays(30) : today.minusDays(5);
			this.assignments.assign(new Assignments.NewAssignment(member.id(), member.poleId(), member.organisationId(),
					"bienvenue-au-pole", due, "onboarding"));
		}
	}

}
