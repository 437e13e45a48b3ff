package fr.egide.learning;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.egide.EgideTest;
import fr.egide.MutableClock;
import fr.egide.TestMembers;
import fr.egide.catalog.CourseCatalog;
import fr.egide.catalog.CourseModule;
import fr.egide.directory.Directory;
import fr.egide.quiz.Learner;
import fr.egide.quiz.QuizGrading;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class LearningProgressTests {

	@Autowired
	LearningProgress progress;

	@Autowired
	QuizGrading grading;

	@Autowired
	CourseCatalog catalog;

	@Autowired
	Directory directory;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	private Learner learner;

	private CourseModule alpha;

	@BeforeEach
	void setUp() {
		var member = TestMembers.member(this.directory, TestMembers.pole(this.directory));
		this.learner = TestMembers.learner(member);
		this.alpha = this.catalog.module("alpha").orElseThrow();
	}

	@Test
	void aMemberResumesAtTheLastSectionTheyRead() {
		assertThat(this.progress.resumeSection(this.learner.memberId(), this.alpha)).isEqualTo(1);
		this.progress.readSection(this.learner, this.alpha, 1);
		this.progress.readSection(this.learner, this.alpha, 2);
		assertThat(this.progress.resumeSection(this.learner.memberId(), this.alpha)).isEqualTo(2);
		var view = this.progress.forMember(this.learner.memberId()).get("alpha");
		assertThat(view.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
		assertThat(view.sectionsRead()).containsExactly(1, 2);
		assertThat(view.moduleVersion()).isEqualTo(1);
		assertThat(this.progress.forMember(this.learner.memberId()).get("beta").status())
			.isEqualTo(ProgressStatus.NOT_STARTED);
	}

	@Test
	void timeSpentCountsGapsBetweenPagesButNotLongAbsences() {
		this.progress.readSection(this.learner, this.alpha, 1);
		this.clock.advance(Duration.ofMinutes(3));
		this.progress.readSection(this.learner, this.alpha, 2);
		this.clock.advance(Duration.ofDays(2));
		var view = this.progress.readSection(this.learner, this.alpha, 3);
		assertThat(view.secondsSpent()).isEqualTo(Duration.ofMinutes(3).plus(ModuleProgress.MAX_COUNTED_GAP).toSeconds());
	}

	@Test
	void aReloadWritesNothingAndItsTimeIsCountedByTheNextPage() {
		this.progress.readSection(this.learner, this.alpha, 1);
		this.clock.advance(Duration.ofSeconds(20));
		this.progress.readSection(this.learner, this.alpha, 2);
		long stored = this.progress.forMember(this.learner.memberId()).get("alpha").secondsSpent();
		assertThat(stored).isEqualTo(20);
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(this.progress.readSection(this.learner, this.alpha, 2).secondsSpent()).isEqualTo(20);
		this.clock.advance(Duration.ofSeconds(40));
		// 70 s after the first view of page 2: no longer a reload, the whole time counts
		assertThat(this.progress.readSection(this.learner, this.alpha, 2).secondsSpent()).isEqualTo(90);
		this.clock.advance(Duration.ofSeconds(10));
		var next = this.progress.readSection(this.learner, this.alpha, 3);
		assertThat(next.secondsSpent()).isEqualTo(100);
		assertThat(next.sectionsRead()).containsExactly(1, 2, 3);
	}

	@Test
	void aReloadOnThisInstanceDoesNotAskTheStoreAndThePageAfterTheWindowDoes() {
		this.progress.readSection(this.learner, this.alpha, 1);
		this.clock.advance(Duration.ofSeconds(5));
		this.progress.readSection(this.learner, this.alpha, 2);
		// Another instance moves the resume point back: a reload here within the window does not see it ...
		var id = Query.query(Criteria.where("_id").is(ModuleProgress.idOf(this.learner.memberId(), "alpha")));
		this.mongo.updateFirst(id, new Update().set("lastSection", 1), ModuleProgress.class);
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(this.progress.readSection(this.learner, this.alpha, 2).secondsSpent()).isEqualTo(5);
		assertThat(this.progress.resumeSection(this.learner.memberId(), this.alpha)).isEqualTo(1);
		// ... and once the window is over, the page is recorded again, with the time since page 2 first showed.
		this.clock.advance(ModuleProgress.RELOAD_WINDOW);
		assertThat(this.progress.readSection(this.learner, this.alpha, 2).secondsSpent()).isEqualTo(95);
		assertThat(this.progress.resumeSection(this.learner.memberId(), this.alpha)).isEqualTo(2);
	}

	@Test
	void aQuizAttemptAfterAPageIsInTheViewOfTheReloadThatFollows() {
		this.progress.readSection(this.learner, this.alpha, 3);
		this.grading.submit(this.learner, "alpha", UUID.randomUUID(), Map.of());
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(this.progress.readSection(this.learner, this.alpha, 3).status()).isEqualTo(ProgressStatus.FAILED);
	}

	@Test
	void manyPagesOfOneMemberAtOnceAllSucceedAndAllCount() throws Exception {
		this.progress.readSection(this.learner, this.alpha, 1);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
		try {
			var pages = new java.util.ArrayList<java.util.concurrent.Future<ModuleProgressView>>();
			for (int i = 0; i < 64; i++) {
				int section = 1 + i % 3;
				pages.add(pool.submit(() -> this.progress.readSection(this.learner, this.alpha, section)));
			}
			for (var page : pages) {
				assertThat(page.get().status()).isEqualTo(ProgressStatus.IN_PROGRESS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.progress.forMember(this.learner.memberId()).get("alpha").sectionsRead()).containsExactly(1, 2, 3);
		// A quiz attempt after the burst still saves with its optimistic lock.
		this.grading.submit(this.learner, "alpha", java.util.UUID.randomUUID(), java.util.Map.of());
		assertThat(this.progress.forMember(this.learner.memberId()).get("alpha").status()).isEqualTo(ProgressStatus.FAILED);
	}

	@Test
	void anAttemptAfterAWriteFromAnotherInstanceKeepsThatWrite() {
		this.grading.submit(this.learner, "alpha", UUID.randomUUID(), Map.of());
		// This instance remembers the entry it wrote; another instance then records a page.
		var id = Query.query(Criteria.where("_id").is(ModuleProgress.idOf(this.learner.memberId(), "alpha")));
		this.mongo.updateFirst(id, new Update().addToSet("sectionsRead", 3).inc("version", 1), ModuleProgress.class);
		this.grading.submit(this.learner, "alpha", UUID.randomUUID(), Map.of());
		var view = this.progress.forMember(this.learner.memberId()).get("alpha");
		assertThat(view.sectionsRead()).containsExactly(3);
		assertThat(view.attempts()).isEqualTo(2);
	}

	@Test
	void passingTheQuizCompletesTheModuleOnceAndKeepsTheBestScore() {
		Map<String, List<String>> right = Map.of("q1", List.of("a"), "q2", List.of("premiere", "deuxieme"), "q3",
				List.of("true"), "q4", List.of("a"), "q5", List.of("a"));
		this.grading.submit(this.learner, "alpha", UUID.randomUUID(), Map.of());
		var failed = this.progress.forMember(this.learner.memberId()).get("alpha");
		assertThat(failed.status()).isEqualTo(ProgressStatus.FAILED);
		var passedAt = this.clock.instant();
		this.grading.submit(this.learner, "alpha", UUID.randomUUID(), right);
		this.clock.advance(Duration.ofHours(1));
		this.grading.submit(this.learner, "alpha", UUID.randomUUID(), Map.of("q1", List.of("a")));
		var view = this.progress.forMember(this.learner.memberId()).get("alpha");
		assertThat(view.status()).isEqualTo(ProgressStatus.PASSED);
		assertThat(view.attempts()).isEqualTo(3);
		assertThat(view.bestScore()).isEqualTo(100);
		assertThat(view.completedAt()).isEqualTo(passedAt);
	}

}
