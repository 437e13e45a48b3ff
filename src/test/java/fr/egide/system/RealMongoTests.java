package fr.egide.system;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import fr.egide.TestMembers;
import fr.egide.catalog.CourseCatalog;
import fr.egide.directory.Directory;
import fr.egide.learning.LearningProgress;
import fr.egide.learning.ProgressStatus;
import fr.egide.quiz.QuizGrading;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same repositories and queries against a real MongoDB, where Docker exists. Keeps the
 * product inside the subset both the embedded server and MongoDB support.
 */
@SpringBootTest
@ActiveProfiles("test")
@Testcontainers(disabledWithoutDocker = true)
class RealMongoTests {

	@Container
	static final MongoDBContainer mongo = new MongoDBContainer("mongo:7");

	@DynamicPropertySource
	static void mongoUri(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> mongo.getReplicaSetUrl("egide"));
	}

	@Autowired
	Directory directory;

	@Autowired
	QuizGrading grading;

	@Autowired
	LearningProgress progress;

	@Autowired
	CourseCatalog catalog;

	@Autowired
	MongoTemplate template;

	@Test
	void attemptsProgressAndCountersWorkOnRealMongo() {
		var member = TestMembers.member(this.directory, TestMembers.pole(this.directory));
		var learner = TestMembers.learner(member);
		this.progress.readSection(learner, this.catalog.module("alpha").orElseThrow(), 1);
		UUID id = UUID.randomUUID();
		Map<String, List<String>> answers = Map.of("q1", List.of("a"), "q2", List.of("premiere", "deuxieme"), "q3",
				List.of("true"), "q4", List.of("a"), "q5", List.of("a"));
		this.grading.submit(learner, "alpha", id, answers);
		this.grading.submit(learner, "alpha", id, answers);
		assertThat(this.template.getCollection("attempts").countDocuments()).isEqualTo(1);
		assertThat(this.progress.forMember(member.id()).get("alpha").status()).isEqualTo(ProgressStatus.PASSED);
		assertThat(this.template.getCollection("completion_counters").countDocuments()).isEqualTo(1);
	}

}
