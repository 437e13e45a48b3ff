package fr.egide.seeding;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Runs the seeder at start-up when {@code egide.seed.members} is set, as {@code java -jar egide.jar seed} does. */
@Component
@ConditionalOnProperty("egide.seed.members")
class SeedRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SeedRunner.class);

	private final VolumeSeeder seeder;

	private final VolumeSeeder.SeedRequest request;

	SeedRunner(VolumeSeeder seeder, @Value("${egide.seed.members}") int members,
			@Value("${egide.seed.pole:Pôle Volume}") String pole, @Value("${egide.seed.modules:6}") int modules) {
		this.seeder = seeder;
		this.request = new VolumeSeeder.SeedRequest(members, pole, modules);
	}

	@Override
	public void run(ApplicationArguments args) {
		var result = this.seeder.seed(this.request);
		log.warn("Seeded members and the pole admin {} share the password {} (shown once); members are "
				+ "membre-000001@… to membre-{}@…, seeding took {} s", result.adminEmail(), result.password(),
				String.format("%06d", result.members()), result.took().toSeconds());
	}

}
