package fr.egide.seeding;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.bson.Document;

import fr.egide.catalog.Course;
import fr.egide.catalog.CourseModule;
import fr.egide.quiz.Question;
import fr.egide.quiz.Quiz;

import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * Builds the stored documents of one seeded member: the same field names and types as
 * {@code Member}, {@code ModuleProgress}, {@code Attempt} and {@code Assignment} write.
 */
class SeedDocuments {

	private final MongoConverter converter;

	private final SplittableRandom random;

	private final long firstMillis = System.currentTimeMillis();

	private long issued;

	SeedDocuments(MongoConverter converter, SplittableRandom random) {
		this.converter = converter;
		this.random = random;
	}

	/**
	 * A new id shaped like a version 7 UUID: each sorts after the previous one. The store's unique
	 * indexes then grow at their end instead of rewriting a random page per insert, which made
	 * seeding 100,000 members three times slower than the first ten thousand.
	 */
	String nextId() {
		long msb = ((this.firstMillis + this.issued++) << 16) | 0x7000L | this.random.nextInt(0x1000);
		long lsb = (this.random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(msb, lsb).toString();
	}

	/** Who is being seeded, and where. */
	record Who(String memberId, String poleId, String organisationId) {
	}

	Document member(Who who, String email, String displayName, String passwordHash, Instant createdAt) {
		return new Document("_id", who.memberId()).append("poleId", who.poleId())
			.append("organisationId", who.organisationId())
			.append("email", email)
			.append("displayName", displayName)
			.append("passwordHash", passwordHash)
			.append("roles", List.of("MEMBER"))
			.append("active", true)
			.append("createdAt", value(createdAt))
			.append("_class", "fr.egide.directory.Member");
	}

	/** An assignment, started and completed when the member's work on the course's modules says so. */
	Document assignment(Who who, Course course, LocalDate dueOn, Instant assignedAt, SeedPlan.Outcome outcome) {
		Instant started = course.moduleIds().stream().map(outcome.started()::get).filter(java.util.Objects::nonNull)
			.min(Instant::compareTo).orElse(null);
		boolean passedAll = course.moduleIds().stream().allMatch(outcome.passed()::containsKey);
		Instant completed = passedAll ? course.moduleIds().stream().map(outcome.passed()::get)
			.max(Instant::compareTo).orElse(null) : null;
		Document assignment = assignment(who, course.id(), dueOn, assignedAt);
		if (started != null) {
			assignment.append("startedAt", value(started));
		}
		if (completed != null) {
			assignment.append("completedAt", value(completed));
		}
		return assignment;
	}

	Document assignment(Who who, String courseId, LocalDate dueOn, Instant assignedAt) {
		return new Document("_id", who.memberId() + "/" + courseId).append("memberId", who.memberId())
			.append("poleId", who.poleId())
			.append("organisationId", who.organisationId())
			.append("courseId", courseId)
			.append("dueOn", value(dueOn))
			.append("source", "onboarding")
			.append("assignedAt", value(assignedAt))
			.append("_class", "fr.egide.learning.Assignment");
	}

	/** A progress entry with {@code read} sections read from {@code startedAt}, before any attempt. */
	Document progress(Who who, CourseModule module, int read, Instant startedAt) {
		List<Integer> sections = new ArrayList<>();
		for (int section = 1; section <= read; section++) {
			sections.add(section);
		}
		long seconds = read <= 1 ? 0 : (read - 1) * (60L + this.random.nextInt(240));
		return new Document("_id", who.memberId() + ":" + module.id()).append("version", 0L)
			.append("memberId", who.memberId())
			.append("poleId", who.poleId())
			.append("organisationId", who.organisationId())
			.append("moduleId", module.id())
			.append("moduleVersion", module.version())
			.append("sectionsRead", sections)
			.append("lastSection", read)
			.append("secondsSpent", seconds)
			.append("startedAt", value(startedAt))
			.append("lastSeenAt", value(startedAt.plusSeconds(seconds)))
			.append("attemptIds", new ArrayList<String>())
			.append("attendedSessionIds", new ArrayList<String>())
			.append("bestScore", 0)
			.append("passed", false)
			.append("_class", "fr.egide.learning.ModuleProgress");
	}

	/** A graded attempt with answers that give its score; records it on the progress entry as grading does. */
	Document attempt(Who who, CourseModule module, Quiz quiz, boolean pass, Instant submittedAt, Document progress) {
		int count = quiz.questions().size();
		int right = pass ? between(minimumRight(quiz), count) : between(0, minimumRight(quiz) - 1);
		var answers = new Document();
		var outcomes = new ArrayList<Document>();
		for (int index = 0; index < count; index++) {
			Question question = quiz.questions().get(index);
			boolean correct = index < right;
			answers.append(question.id(), correct ? List.copyOf(question.correctChoiceIds()) : List.<String>of());
			outcomes.add(new Document("questionId", question.id()).append("correct", correct));
		}
		int score = (int) Math.floor(100.0 * right / count);
		String id = nextId();
		progress.getList("attemptIds", String.class).add(id);
		progress.put("bestScore", Math.max(progress.getInteger("bestScore"), score));
		if (pass && !progress.getBoolean("passed")) {
			progress.put("passed", true);
			progress.put("completedAt", value(submittedAt));
		}
		return new Document("_id", id).append("memberId", who.memberId())
			.append("poleId", who.poleId())
			.append("organisationId", who.organisationId())
			.append("moduleId", module.id())
			.append("moduleVersion", module.version())
			.append("answers", answers)
			.append("outcomes", outcomes)
			.append("score", score)
			.append("passMark", quiz.passMark())
			.append("passed", score >= quiz.passMark())
			.append("submittedAt", value(submittedAt))
			.append("_class", "fr.egide.quiz.Attempt");
	}

	Instant later(Instant from, Duration atMost) {
		return from.plusSeconds(1 + this.random.nextLong(Math.max(2, atMost.toSeconds())));
	}

	private static int minimumRight(Quiz quiz) {
		int count = quiz.questions().size();
		for (int right = 0; right <= count; right++) {
			if (Math.floor(100.0 * right / count) >= quiz.passMark()) {
				return right;
			}
		}
		return count;
	}

	private int between(int low, int high) {
		return high <= low ? Math.max(0, low) : low + this.random.nextInt(high - low + 1);
	}

	/** The stored form of a value, as the application's converter writes it (dates, days). */
	private Object value(Object value) {
		return this.converter.convertToMongoType(value);
	}

}
