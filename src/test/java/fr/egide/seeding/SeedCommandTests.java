package fr.egide.seeding;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import fr.egide.EgideTest;
import fr.egide.TestMembers;
import fr.egide.WebClient;
import fr.egide.directory.Directory;
import fr.egide.learning.Assignments;
import fr.egide.learning.LearningProgress;
import fr.egide.learning.ProgressStatus;
import fr.egide.quiz.QuizGrading;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class SeedCommandTests {

	private static final Map<String, List<String>> RIGHT = Map.of("q1", List.of("a"), "q2",
			List.of("premiere", "deuxieme"), "q3", List.of("true"), "q4", List.of("a"), "q5", List.of("a"));

	@LocalServerPort
	int port;

	@Autowired
	VolumeSeeder seeder;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Directory directory;

	@Autowired
	LearningProgress progress;

	@Autowired
	QuizGrading grading;

	@Autowired
	Assignments assignments;

	@Autowired
	fr.egide.catalog.CourseCatalog catalog;

	@Autowired
	fr.egide.reporting.CounterRebuild rebuild;

	@Test
	void seedsEveryCollectionInTheShapesTheApplicationWritesAndReads() {
		var result = this.seeder.seed(new VolumeSeeder.SeedRequest(200, "Pôle Seed " + UUID.randomUUID(), 6));
		String poleId = result.pole().id();

		assertThat(count("members", poleId)).isEqualTo(201);
		assertThat(count("organisations", poleId)).isEqualTo(VolumeSeeder.ORGANISATIONS);
		assertThat(count("progress", poleId)).isEqualTo(result.progress()).isBetween(300L, 400L);
		assertThat(count("attempts", poleId)).isEqualTo(result.attempts()).isGreaterThan(200);
		assertThat(count("assignments", poleId)).isEqualTo(result.assignments()).isEqualTo(200);

		// The counters summed while seeding are those a rebuild from the records gives.
		var seededCounters = counters(poleId);
		assertThat(seededCounters).hasSizeGreaterThan(10);
		this.rebuild.rebuild();
		assertThat(counters(poleId)).isEqualTo(seededCounters);

		var written = writtenByTheApplication();
		for (String collection : List.of("members", "progress", "attempts", "assignments")) {
			var criteria = Criteria.where("poleId").is(poleId);
			if (!collection.equals("members")) {
				criteria = criteria.and("memberId").ne(null);
			}
			if (collection.equals("progress")) {
				criteria = criteria.and("passed").is(true);
			}
			if (collection.equals("assignments")) {
				criteria = criteria.and("startedAt").exists(false);
			}
			var seeded = this.mongo.findOne(Query.query(criteria), Document.class, collection);
			assertThat(seeded.keySet()).as(collection).containsExactlyInAnyOrderElementsOf(written.get(collection).keySet());
		}

		var member = this.directory.findByEmail("membre-000001@" + VolumeSeeder.slug(result.pole().name()) + ".volume.test")
			.orElseThrow();
		var seededIds = this.mongo.find(Query.query(Criteria.where("poleId").is(poleId)).limit(100), Document.class, "members")
			.stream().map(doc -> doc.getString("_id")).toList();
		// Ids are UUIDs that sort in seeding order (the store's indexes then grow at their end).
		String domain = VolumeSeeder.slug(result.pole().name()) + ".volume.test";
		var idsInSeedingOrder = java.util.stream.IntStream.rangeClosed(1, 200)
			.mapToObj(n -> this.directory.findByEmail(String.format("membre-%06d@%s", n, domain)).orElseThrow().id())
			.toList();
		assertThat(idsInSeedingOrder).isSorted().doesNotHaveDuplicates()
			.allSatisfy(id -> assertThat(UUID.fromString(id).toString()).isEqualTo(id));
		var statuses = this.progress.forMembers(seededIds).values().stream().flatMap(modules -> modules.values().stream())
			.map(view -> view.status()).distinct().toList();
		assertThat(statuses).contains(ProgressStatus.PASSED, ProgressStatus.FAILED, ProgressStatus.IN_PROGRESS,
				ProgressStatus.NOT_STARTED);
		assertThat(seededIds.stream().mapToLong(id -> this.grading.history(id).size()).sum()).isPositive();
		assertThat(this.assignments.forMember(member.id())).hasSize(1);

		// Assignments are started and completed as the member's work says, as AssignmentTracking would mark them.
		var standing = this.progress.forMembers(seededIds);
		var seededAssignments = this.mongo.find(Query.query(Criteria.where("memberId").in(seededIds)), Document.class,
				"assignments");
		assertThat(seededAssignments).hasSizeGreaterThan(90).allSatisfy(assignment -> {
			var modules = standing.get(assignment.getString("memberId"));
			var course = this.catalog.course(assignment.getString("courseId")).orElseThrow();
			boolean passedAll = course.moduleIds().stream()
				.allMatch(id -> modules.get(id).status() == ProgressStatus.PASSED);
			boolean startedAny = course.moduleIds().stream()
				.anyMatch(id -> modules.get(id).status() != ProgressStatus.NOT_STARTED);
			assertThat(assignment.get("completedAt") != null).as("completed").isEqualTo(passedAll);
			assertThat(assignment.get("startedAt") != null).as("started").isEqualTo(startedAny);
		});
		assertThat(seededAssignments).anyMatch(assignment -> assignment.get("completedAt") != null)
			.anyMatch(assignment -> assignment.get("completedAt") == null);

		var web = new WebClient(this.port);
		assertThat(web.login(member.email(), result.password()).redirectsTo("/")).isTrue();
		assertThat(new WebClient(this.port).login(result.adminEmail(), result.password()).redirectsTo("/")).isTrue();
	}

	/** One document of each collection written through the application's own code. */
	private Map<String, Document> writtenByTheApplication() {
		var pole = TestMembers.pole(this.directory);
		var member = TestMembers.member(this.directory, pole);
		this.progress.readSection(TestMembers.learner(member), this.catalog.module("alpha").orElseThrow(), 1);
		this.grading.submit(TestMembers.learner(member), "alpha", UUID.randomUUID(), RIGHT);
		this.assignments.assign(new Assignments.NewAssignment(member.id(), pole.id(), member.organisationId(),
				"essentials", java.time.LocalDate.of(2026, 4, 1), "onboarding"));
		return Map.of("members", one("members", "_id", member.id()), "progress", one("progress", "memberId", member.id()),
				"attempts", one("attempts", "memberId", member.id()), "assignments",
				one("assignments", "memberId", member.id()));
	}

	private Document one(String collection, String field, String value) {
		return this.mongo.findOne(Query.query(Criteria.where(field).is(value)), Document.class, collection);
	}

	/** Every dashboard counter of the pole, by collection and id, numbers as longs (zeros left out). */
	private Map<String, Map<String, Object>> counters(String poleId) {
		Map<String, Map<String, Object>> all = new java.util.TreeMap<>();
		for (String collection : List.of("member_counts", "completion_cells", "completion_months", "course_completions")) {
			for (Document doc : this.mongo.find(Query.query(Criteria.where("poleId").is(poleId)), Document.class, collection)) {
				Map<String, Object> fields = new java.util.TreeMap<>();
				doc.forEach((key, value) -> {
					if (!(value instanceof Number number)) {
						fields.put(key, value);
					}
					else if (number.longValue() != 0) {
						fields.put(key, number.longValue());
					}
				});
				all.put(collection + "/" + doc.get("_id"), fields);
			}
		}
		return all;
	}

	private long count(String collection, String poleId) {
		return this.mongo.count(Query.query(Criteria.where("poleId").is(poleId)), collection);
	}

}
