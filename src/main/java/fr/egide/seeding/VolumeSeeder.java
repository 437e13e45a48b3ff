package fr.egide.seeding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.egide.catalog.Course;
import fr.egide.directory.Directory;
import fr.egide.directory.Organisation;
import fr.egide.directory.Organisation.OrganisationType;
import fr.egide.directory.Pole;
import fr.egide.directory.PoleMembers;
import fr.egide.directory.Role;

import fr.egide.learning.ProgressRecords;
import fr.egide.reporting.CounterRebuild;
import fr.egide.reporting.CounterTally;
import fr.egide.system.StoreRetention;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates a pole of N members with a realistic mix of progress per module (55 % passed, 15 %
 * failed, 20 % in progress, 10 % not started), their attempts and onboarding assignments, in
 * bulk inserts of a few thousand documents. One password is hashed once and shared by all.
 */
@Component
class VolumeSeeder {

	static final int ORGANISATIONS = 20;

	private static final Logger log = LoggerFactory.getLogger(VolumeSeeder.class);

	private final Directory directory;

	private final SeedPlan plan;

	private final MongoTemplate mongo;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final CounterRebuild counters;

	private final StoreRetention retention;

	private final PoleMembers poleMembers;

	VolumeSeeder(Directory directory, SeedPlan plan, MongoTemplate mongo, PasswordEncoder passwords, Clock clock,
			CounterRebuild counters, StoreRetention retention, PoleMembers poleMembers) {
		this.poleMembers = poleMembers;
		this.directory = directory;
		this.plan = plan;
		this.mongo = mongo;
		this.passwords = passwords;
		this.clock = clock;
		this.counters = counters;
		this.retention = retention;
	}

	/** What was asked: how many members, the pole's name, how many modules of the catalogue. */
	record SeedRequest(int members, String poleName, int modules) {
	}

	/** What was written, and how to sign in. */
	record SeedResult(Pole pole, int members, long progress, long attempts, long assignments, String adminEmail,
			String password, Duration took) {
	}

	SeedResult seed(SeedRequest request) {
		long start = System.nanoTime();
		Pole pole = this.directory.createPole(request.poleName());
		String domain = slug(pole.name()) + ".volume.test";
		List<Organisation> organisations = new ArrayList<>();
		for (int i = 1; i <= ORGANISATIONS; i++) {
			organisations.add(this.directory.ensureOrganisation(pole.id(), String.format("Adhérent %02d", i),
					OrganisationType.values()[i % OrganisationType.values().length]));
		}
		String password = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
		String adminEmail = "admin@" + domain;
		this.directory.createMember(new Directory.NewMember(pole.id(), organisations.get(0).id(), adminEmail,
				"Administrateur Volume", password, Set.of(Role.POLE_ADMIN, Role.MEMBER)));
		String hash = this.passwords.encode(password);
		var writer = new BulkWriter(this.mongo, this.counters.tally());
		var random = new SplittableRandom(42);
		var documents = new SeedDocuments(this.mongo.getConverter(), random);
		var modules = this.plan.modules(request.modules());
		var courses = this.plan.onboardingCourses(pole);
		log.info("Seeding {} members on {} module(s) of the catalogue ({} asked), onboarding courses {}",
				request.members(), modules.size(), request.modules(), courses.stream().map(Course::id).toList());
		Instant now = this.clock.instant();
		this.retention.bulkLoad(() -> {
			for (int n = 1; n <= request.members(); n++) {
				var who = new SeedDocuments.Who(documents.nextId(), pole.id(),
						organisations.get(n % ORGANISATIONS).id());
				Instant joined = now.minus(Duration.ofDays(30 + random.nextInt(330)))
					.minusSeconds(random.nextInt(86400));
				writer.add("members", documents.member(who, String.format("membre-%06d@%s", n, domain),
						SeedPlan.name(random), hash, joined));
				var outcome = this.plan.work(who, modules, joined, documents, random, writer);
				for (Course course : courses) {
					writer.add("assignments", documents.assignment(who, course,
							joined.atZone(ZoneId.of("Europe/Paris")).toLocalDate().plusDays(pole.dueDays()), joined,
							outcome));
				}
				if (n % 10_000 == 0) {
					log.info("Seeded {} / {} members in {} s", n, request.members(), seconds(start));
				}
			}
			writer.flush();
		});
		this.poleMembers.changed(pole.id());
		var counted = this.counters.addForNewPole(writer.tally);
		log.info("Dashboard counters of the new pole added: {}", counted);
		var result = new SeedResult(pole, request.members(), writer.count("progress"), writer.count("attempts"),
				writer.count("assignments"), adminEmail, password, Duration.ofNanos(System.nanoTime() - start));
		log.info("Seeded pole '{}' ({}): {} members, {} progress entries, {} attempts, {} assignments in {} s",
				pole.name(), pole.id(), result.members(), result.progress(), result.attempts(), result.assignments(),
				seconds(start));
		return result;
	}

	static String slug(String name) {
		String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return slug.isEmpty() ? "pole" : slug;
	}

	private static long seconds(long start) {
		return Duration.ofNanos(System.nanoTime() - start).toSeconds();
	}

	/** Buffers documents per collection and inserts them unordered, a few thousand at a time. */
	static final class BulkWriter {

		static final int BATCH = 2000;

		private final MongoTemplate mongo;

		private final java.util.Map<String, List<Document>> pending = new java.util.HashMap<>();

		private final java.util.Map<String, Long> written = new java.util.HashMap<>();

		/** Reporting counters follow events, which bulk inserts do not publish: they are summed here. */
		private final CounterTally tally;

		BulkWriter(MongoTemplate mongo, CounterTally tally) {
			this.mongo = mongo;
			this.tally = tally;
		}

		void add(String collection, Document document) {
			switch (collection) {
				case "members" -> this.tally.member(document.getString("poleId"), document.getString("organisationId"));
				case "progress" -> this.tally.standing(ProgressRecords.standingOf(document));
				default -> {
				}
			}
			var batch = this.pending.computeIfAbsent(collection, name -> new ArrayList<>(BATCH));
			batch.add(document);
			if (batch.size() >= BATCH) {
				insert(collection, batch);
			}
		}

		void flush() {
			this.pending.forEach(this::insert);
		}

		long count(String collection) {
			return this.written.getOrDefault(collection, 0L);
		}

		private void insert(String collection, List<Document> batch) {
			if (batch.isEmpty()) {
				return;
			}
			this.mongo.getCollection(collection)
				.insertMany(batch, new com.mongodb.client.model.InsertManyOptions().ordered(false));
			this.written.merge(collection, (long) batch.size(), Long::sum);
			batch.clear();
		}

	}

}
