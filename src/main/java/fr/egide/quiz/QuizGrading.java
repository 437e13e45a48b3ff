package fr.egide.quiz;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import fr.egide.catalog.CourseCatalog;
import fr.egide.catalog.CourseModule;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Hands out QCM sheets and grades submitted attempts on the server. An attempt is stored
 * once per submission id: a retry returns the stored result.
 */
@Service
public class QuizGrading {

	private final QuizBank bank;

	private final CourseCatalog catalog;

	private final AttemptRepository attempts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MemberAttempts memberAttempts;

	private final ObjectProvider<ModuleVersions> versions;

	QuizGrading(QuizBank bank, CourseCatalog catalog, AttemptRepository attempts, ApplicationEventPublisher events,
			Clock clock, MemberAttempts memberAttempts, ObjectProvider<ModuleVersions> versions) {
		this.memberAttempts = memberAttempts;
		this.versions = versions;
		this.bank = bank;
		this.catalog = catalog;
		this.attempts = attempts;
		this.events = events;
		this.clock = clock;
	}

	public QuizSheet sheet(Learner learner, String moduleId) {
		CourseModule module = module(learner, moduleId);
		Quiz quiz = quiz(moduleId, module.version());
		long used = this.memberAttempts.count(learner.memberId(), moduleId, module.version());
		return sheetOf(quiz, module.version(), used, quiz.shuffle());
	}

	/** The QCM as members get it, in file order, for an author's preview. */
	public static QuizSheet previewSheet(Quiz quiz, int moduleVersion) {
		return sheetOf(quiz, moduleVersion, 0, false);
	}

	private static QuizSheet sheetOf(Quiz quiz, int moduleVersion, long used, boolean shuffle) {
		List<QuizSheet.SheetQuestion> questions = quiz.questions().stream().map(question -> {
			List<QuizSheet.SheetChoice> choices = new ArrayList<>(question.choices()
				.stream()
				.map(choice -> new QuizSheet.SheetChoice(choice.id(), choice.textHtml()))
				.toList());
			if (shuffle && question.type() != QuestionType.TRUE_FALSE) {
				Collections.shuffle(choices);
			}
			return new QuizSheet.SheetQuestion(question.id(), question.textHtml(), question.type().allowsSeveral(),
					choices);
		}).toList();
		return new QuizSheet(quiz.moduleId(), moduleVersion, quiz.passMark(), quiz.maxAttempts(), used, questions);
	}

	/**
	 * Grades and stores an attempt. Sending the same {@code submissionId} again returns the
	 * stored result without storing a second attempt.
	 */
	public AttemptResult submit(Learner learner, String moduleId, UUID submissionId,
			Map<String, List<String>> answers) {
		CourseModule module = module(learner, moduleId);
		Quiz quiz = quiz(moduleId, module.version());
		String id = submissionId.toString();
		// A retry is found by the insert's duplicate key below; it is looked for first only where
		// this submission would otherwise be refused (answers no longer valid, no attempt left).
		Map<String, List<String>> cleaned;
		try {
			cleaned = checkedAnswers(quiz, answers);
		}
		catch (AttemptRejectedException ex) {
			return this.attempts.findById(id).map(stored -> replay(stored, learner, moduleId)).orElseThrow(() -> ex);
		}
		if (quiz.maxAttempts() > 0
				&& this.memberAttempts.count(learner.memberId(), moduleId, module.version()) >= quiz.maxAttempts()) {
			return this.attempts.findById(id)
				.map(stored -> replay(stored, learner, moduleId))
				.orElseThrow(() -> new AttemptRejectedException(HttpStatus.CONFLICT,
						"No attempt left: this QCM allows " + quiz.maxAttempts() + " attempt(s)."));
		}
		List<Attempt.QuestionOutcome> outcomes = quiz.questions()
			.stream()
			.map(question -> new Attempt.QuestionOutcome(question.id(),
					Set.copyOf(cleaned.getOrDefault(question.id(), List.of())).equals(question.correctChoiceIds())))
			.toList();
		long right = outcomes.stream().filter(Attempt.QuestionOutcome::correct).count();
		int score = (int) Math.floor(100.0 * right / quiz.questions().size());
		var attempt = new Attempt(id, learner.memberId(), learner.poleId(), learner.organisationId(), moduleId,
				module.version(), cleaned, outcomes, score, quiz.passMark(), score >= quiz.passMark(),
				this.clock.instant());
		try {
			this.attempts.insert(attempt);
		}
		catch (DuplicateKeyException ex) {
			return replay(this.attempts.findById(id).orElseThrow(() -> ex), learner, moduleId);
		}
		this.events.publishEvent(attempt.toEvent());
		return review(attempt, quiz);
	}

	/** Every attempt of a member at the modules of the catalogue, oldest first. */
	public List<AttemptSummary> history(String memberId) {
		return summaries(this.memberAttempts.of(memberId));
	}

	private static List<AttemptSummary> summaries(List<Attempt> attempts) {
		return attempts.stream()
			.map(a -> new AttemptSummary(a.id(), a.moduleId(), a.moduleVersion(), a.score(), a.passMark(), a.passed(),
					a.submittedAt()))
			.toList();
	}

	/** A stored attempt of this learner, for review. */
	public Optional<AttemptResult> result(Learner learner, String attemptId) {
		return this.attempts.findById(attemptId)
			.filter(attempt -> attempt.memberId().equals(learner.memberId()))
			.flatMap(attempt -> this.bank.quiz(attempt.moduleId(), attempt.moduleVersion())
				.map(quiz -> review(attempt, quiz)));
	}

	private AttemptResult replay(Attempt attempt, Learner learner, String moduleId) {
		if (!attempt.memberId().equals(learner.memberId()) || !attempt.moduleId().equals(moduleId)) {
			throw new AttemptRejectedException(HttpStatus.CONFLICT,
					"This submissionId was already used for another attempt; send a new one.");
		}
		// Listeners are idempotent; publishing again repairs a read model a failed request left behind.
		this.events.publishEvent(attempt.toEvent());
		return review(attempt, quiz(moduleId, attempt.moduleVersion()));
	}

	private static Map<String, List<String>> checkedAnswers(Quiz quiz, Map<String, List<String>> answers) {
		Map<String, List<String>> cleaned = new TreeMap<>();
		for (var entry : (answers == null ? Map.<String, List<String>>of() : answers).entrySet()) {
			Question question = quiz.question(entry.getKey())
				.orElseThrow(() -> new AttemptRejectedException(HttpStatus.BAD_REQUEST,
						"Unknown question '" + entry.getKey() + "' in module '" + quiz.moduleId() + "'."));
			Set<String> chosen = new LinkedHashSet<>(entry.getValue() == null ? List.of() : entry.getValue());
			for (String choiceId : chosen) {
				if (choiceId == null || !question.hasChoice(choiceId)) {
					throw new AttemptRejectedException(HttpStatus.BAD_REQUEST,
							"Unknown choice '" + choiceId + "' for question '" + question.id() + "'.");
				}
			}
			if (chosen.size() > 1 && !question.type().allowsSeveral()) {
				throw new AttemptRejectedException(HttpStatus.BAD_REQUEST,
						"Question '" + question.id() + "' takes one answer only.");
			}
			cleaned.put(question.id(), List.copyOf(chosen));
		}
		return cleaned;
	}

	private static AttemptResult review(Attempt attempt, Quiz quiz) {
		List<AttemptResult.QuestionReview> questions = new ArrayList<>();
		for (Attempt.QuestionOutcome outcome : attempt.outcomes()) {
			quiz.question(outcome.questionId()).ifPresent(question -> {
				List<String> chosen = attempt.answers().getOrDefault(question.id(), List.of());
				var choices = question.choices()
					.stream()
					.map(choice -> new AttemptResult.ChoiceReview(choice.id(), choice.textHtml(),
							chosen.contains(choice.id()), choice.correct(),
							chosen.contains(choice.id()) ? choice.feedbackHtml() : ""))
					.toList();
				questions.add(new AttemptResult.QuestionReview(question.id(), question.textHtml(),
						outcome.correct(), question.explanationHtml(), choices));
			});
		}
		return new AttemptResult(attempt.id(), attempt.moduleId(), attempt.moduleVersion(), attempt.score(),
				attempt.passMark(), attempt.passed(), attempt.submittedAt(), questions);
	}

	/** The module in the version this learner is taking. */
	public CourseModule module(Learner learner, String moduleId) {
		CourseModule current = this.catalog.module(moduleId)
			.filter(module -> this.catalog.readableBy(moduleId, learner.poleId()))
			.orElseThrow(() -> new AttemptRejectedException(HttpStatus.NOT_FOUND, "No module '" + moduleId + "'."));
		ModuleVersions taken = this.versions.getIfAvailable();
		int version = taken == null ? current.version()
				: taken.versionFor(learner.memberId(), moduleId, current.version());
		return this.catalog.module(moduleId, version).orElse(current);
	}

	private Quiz quiz(String moduleId, int moduleVersion) {
		return this.bank.quiz(moduleId, moduleVersion)
			.orElseThrow(() -> new AttemptRejectedException(HttpStatus.NOT_FOUND,
					"Module '" + moduleId + "' has no QCM."));
	}

}
