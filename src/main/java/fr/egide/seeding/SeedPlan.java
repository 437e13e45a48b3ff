package fr.egide.seeding;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import fr.egide.catalog.Course;
import fr.egide.catalog.CourseCatalog;
import fr.egide.catalog.CourseModule;
import fr.egide.directory.Pole;
import fr.egide.quiz.Quiz;
import fr.egide.quiz.QuizBank;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** What each seeded member did: which modules, how far, which attempts; and what names they carry. */
@Component
class SeedPlan {

	private static final String[] FIRST = { "Camille", "Léa", "Hugo", "Chloé", "Lucas", "Manon", "Louis", "Inès",
			"Jules", "Sarah", "Nathan", "Emma", "Gabriel", "Zoé", "Arthur", "Élise", "Paul", "Anaïs", "Noé", "Claire" };

	private static final String[] LAST = { "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
			"Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand",
			"Roux", "Vincent", "Fournier" };

	private final CourseCatalog catalog;

	private final QuizBank quizzes;

	private final List<String> defaultCourses;

	SeedPlan(CourseCatalog catalog, QuizBank quizzes,
			@Value("${egide.onboarding.default-courses:}") List<String> defaultCourses) {
		this.catalog = catalog;
		this.quizzes = quizzes;
		this.defaultCourses = defaultCourses;
	}

	/** A module to seed and its QCM (null when it has none: then nobody passes or fails it). */
	record PlannedModule(CourseModule module, Quiz quiz) {
	}

	List<PlannedModule> modules(int count) {
		// The shipped catalogue only: speakers' material belongs to the poles that accepted it.
		return this.catalog.coursesFor(null)
			.stream()
			.flatMap(course -> course.moduleIds().stream())
			.distinct()
			.limit(count)
			.flatMap(id -> this.catalog.module(id).stream())
			.map(module -> new PlannedModule(module, this.quizzes.quiz(module.id()).orElse(null)))
			.toList();
	}

	List<Course> onboardingCourses(Pole pole) {
		List<String> ids = pole.hasOnboardingCourses() ? pole.onboardingCourseIds() : this.defaultCourses;
		return ids.stream().flatMap(id -> this.catalog.course(id).stream()).toList();
	}

	/** When the member started and passed each module they touched, for the assignments to match. */
	record Outcome(java.util.Map<String, Instant> started, java.util.Map<String, Instant> passed) {
	}

	/** Per module: 55 % passed (one in five after a failed try), 15 % failed, 20 % in progress, 10 % untouched. */
	Outcome work(SeedDocuments.Who who, List<PlannedModule> modules, Instant joined, SeedDocuments documents,
			SplittableRandom random, VolumeSeeder.BulkWriter writer) {
		var outcome = new Outcome(new java.util.HashMap<>(), new java.util.HashMap<>());
		Instant now = joined;
		for (PlannedModule planned : modules) {
			int draw = random.nextInt(100);
			boolean graded = planned.quiz() != null && draw < 70;
			if (draw >= 90) {
				continue;
			}
			CourseModule module = planned.module();
			Instant started = documents.later(now, Duration.ofDays(20));
			int sections = module.sectionCount();
			int read = graded ? sections : 1 + random.nextInt(Math.max(1, sections));
			var progress = documents.progress(who, module, read, started);
			outcome.started().put(module.id(), started);
			Instant submitted = documents.later(started, Duration.ofHours(2));
			if (graded && draw < 55) {
				if (random.nextInt(5) == 0) {
					writer.add("attempts", documents.attempt(who, module, planned.quiz(), false, submitted, progress));
					submitted = documents.later(submitted, Duration.ofDays(3));
				}
				writer.add("attempts", documents.attempt(who, module, planned.quiz(), true, submitted, progress));
				outcome.passed().put(module.id(), submitted);
			}
			else if (graded) {
				int tries = 1 + random.nextInt(2);
				for (int i = 0; i < tries; i++) {
					writer.add("attempts", documents.attempt(who, module, planned.quiz(), false, submitted, progress));
					submitted = documents.later(submitted, Duration.ofDays(3));
				}
			}
			writer.add("progress", progress);
			now = submitted;
		}
		return outcome;
	}

	static String name(SplittableRandom random) {
		return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
	}

}
