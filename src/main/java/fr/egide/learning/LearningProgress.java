package fr.egide.learning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.bson.Document;

import fr.egide.catalog.CourseCatalog;
import fr.egide.catalog.CourseModule;
import fr.egide.quiz.Learner;
import fr.egide.quiz.QuizAttempted;
import fr.egide.system.KeyLookups;
import fr.egide.system.ShortLived;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Records what members read and how their attempts went, and answers where each member
 * stands. Listeners here run in the request that caused the event: the embedded store has
 * no transactions, and a retry of the same attempt repairs a failed update.
 */
@Service
public class LearningProgress {

	private static final int MAX_TRIES = 5;

	private final ProgressRepository progress;

	private final CourseCatalog catalog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MongoTemplate mongo;

	/**
	 * The page each member was last shown in each module, on this instance: showing it again within
	 * {@link ModuleProgress#RELOAD_WINDOW} changes nothing stored, so a reload costs no store read.
	 */
	private final ShortLived<String, ShownPage> shownPages = new ShortLived<>(ModuleProgress.RELOAD_WINDOW, 20_000);

	private record ShownPage(int section, Instant seenAt, ModuleProgressView view) {
	}

	/**
	 * Entries as this instance last saved them, as documents (each use reads a fresh entity): a second
	 * QCM attempt, or one after a session, updates the entry without reading it first. The version
	 * check of the save refuses a copy another write has overtaken, and the update then reads the store.
	 */
	private final ShortLived<String, Document> lastWritten = new ShortLived<>(Duration.ofMinutes(10), 2_000);

	LearningProgress(ProgressRepository progress, CourseCatalog catalog, ApplicationEventPublisher events,
			Clock clock, MongoTemplate mongo) {
		this.mongo = mongo;
		this.progress = progress;
		this.catalog = catalog;
		this.events = events;
		this.clock = clock;
	}

	/** Marks a section as read, counts the time since the previous page and moves the resume point. */
	public ModuleProgressView readSection(Learner learner, CourseModule module, int number) {
		int section = module.section(number).number();
		String id = ModuleProgress.idOf(learner.memberId(), module.id());
		Instant now = this.clock.instant();
		var shown = this.shownPages.find(id)
			.filter(page -> page.section() == section && !now.isBefore(page.seenAt())
					&& Duration.between(page.seenAt(), now).compareTo(ModuleProgress.RELOAD_WINDOW) < 0);
		if (shown.isPresent()) {
			return shown.get().view();
		}
		var existing = this.progress.findById(id);
		ModuleProgress entry;
		if (existing.isPresent()) {
			entry = existing.get().showsAgain(section, now) ? existing.get() : readAgain(existing.get(), section);
		}
		else {
			entry = update(learner, module.id(), module.version(), created -> created.read(section, now));
		}
		ModuleProgressView view = view(entry);
		if (entry.showsAgain(section, now)) {
			this.shownPages.put(id, new ShownPage(section, entry.lastSeenAt(), view));
		}
		return view;
	}

	/**
	 * A page of a module already started, recorded with one atomic update (section added, resume
	 * point and reading time moved, version bumped for the optimistic writers), so that a member
	 * with several tabs, or a burst of pages, never gets a failed page from a write conflict.
	 */
	private ModuleProgress readAgain(ModuleProgress entry, int section) {
		Instant now = this.clock.instant();
		long counted = entry.secondsCountedUntil(now);
		var update = new Update().addToSet("sectionsRead", section)
			.set("lastSection", section)
			.max("lastSeenAt", now)
			.inc("secondsSpent", counted)
			.inc("version", 1);
		var options = FindAndModifyOptions.options().returnNew(true);
		ModuleProgress saved = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(entry.id())), update,
				options, ModuleProgress.class);
		// The copy kept from this instance's last save is now behind; the next update reads the store.
		this.lastWritten.evict(entry.id());
		return saved == null ? entry : saved;
	}

	/** The section to open when the member comes back to a module. */
	public int resumeSection(String memberId, CourseModule module) {
		return this.progress.findById(ModuleProgress.idOf(memberId, module.id()))
			.map(ModuleProgress::lastSection)
			.filter(section -> section >= 1)
			.map(section -> Math.min(section, module.sectionCount()))
			.orElse(1);
	}

	/** The member's standing on every module of the catalogue, in catalogue order. */
	public Map<String, ModuleProgressView> forMember(String memberId) {
		Map<String, ModuleProgress> stored = new HashMap<>();
		this.progress.findAllById(idsOf(java.util.List.of(memberId)))
			.forEach(entry -> stored.put(entry.moduleId(), entry));
		return views(memberId, stored);
	}

	/** The standing of several members at once, for one page of a report. */
	public Map<String, Map<String, ModuleProgressView>> forMembers(Collection<String> memberIds) {
		Map<String, Map<String, ModuleProgress>> stored = new HashMap<>();
		KeyLookups.findAll(idsOf(memberIds), this.progress::findAllById)
			.forEach(entry -> stored.computeIfAbsent(entry.memberId(), id -> new HashMap<>())
				.put(entry.moduleId(), entry));
		Map<String, Map<String, ModuleProgressView>> result = new LinkedHashMap<>();
		memberIds.forEach(id -> result.put(id, views(id, stored.getOrDefault(id, Map.of()))));
		return result;
	}

	/** Ids of the attempts (and SCORM results) recorded for the member on these modules. */
	Set<String> attemptIds(String memberId, Collection<String> moduleIds) {
		var ids = moduleIds.stream().map(moduleId -> ModuleProgress.idOf(memberId, moduleId)).toList();
		var found = new LinkedHashSet<String>();
		this.progress.findAllById(ids).forEach(entry -> found.addAll(entry.attemptIds()));
		return found;
	}

	/** Expires the member's completion of a module (see {@link CompletionExpiry}); false when it was not passed. */
	boolean expire(String memberId, String moduleId) {
		var entry = this.progress.findById(ModuleProgress.idOf(memberId, moduleId));
		if (entry.isEmpty() || entry.get().status() != ProgressStatus.PASSED) {
			return false;
		}
		var stored = entry.get();
		update(new Learner(memberId, stored.poleId(), stored.organisationId()), moduleId, stored.moduleVersion(),
				progress -> progress.expire(this.clock.instant()));
		return true;
	}

	/**
	 * Records that the member attended a session on these modules: their content counts as
	 * followed, and unless the session has a QCM to pass they are completed at {@code at}.
	 */
	public void attended(Learner learner, Collection<String> moduleIds, String sessionId, boolean completes,
			Instant at) {
		for (String moduleId : moduleIds) {
			var module = this.catalog.module(moduleId);
			if (module.isEmpty()) {
				continue;
			}
			boolean[] completed = { false };
			ModuleProgress saved = update(learner, moduleId, module.get().version(),
					entry -> completed[0] = entry.attended(sessionId, module.get().sectionCount(), completes, at));
			if (completed[0]) {
				this.events.publishEvent(new ModuleCompleted(saved.memberId(), saved.poleId(), saved.moduleId(),
						saved.moduleVersion(), saved.bestScore(), at));
			}
		}
	}

	/**
	 * A result reported by content Égide does not grade itself (a SCORM package), recorded like
	 * a QCM attempt once per {@code resultId}: a pass completes the module for dashboards,
	 * campaigns and attestations alike.
	 */
	public void externalResult(Learner learner, String moduleId, String resultId, int score, boolean passed,
			Instant at) {
		var module = this.catalog.module(moduleId);
		if (module.isEmpty()) {
			return;
		}
		int version = module.get().version();
		boolean[] completed = { false };
		ModuleProgress saved = update(learner, moduleId, version,
				entry -> completed[0] = entry.attempted(resultId, version, score, passed, at));
		if (completed[0]) {
			this.events.publishEvent(new ModuleCompleted(saved.memberId(), saved.poleId(), moduleId, version, score,
					at));
		}
	}

	@EventListener
	void on(QuizAttempted attempt) {
		var learner = new Learner(attempt.memberId(), attempt.poleId(), attempt.organisationId());
		boolean[] completed = { false };
		ModuleProgress saved = update(learner, attempt.moduleId(), attempt.moduleVersion(),
				entry -> completed[0] = entry.attempted(attempt.attemptId(), attempt.moduleVersion(), attempt.score(),
						attempt.passed(), attempt.submittedAt()));
		if (completed[0]) {
			this.events.publishEvent(new ModuleCompleted(saved.memberId(), saved.poleId(), saved.moduleId(),
					attempt.moduleVersion(), attempt.score(), attempt.submittedAt()));
		}
	}

	private java.util.List<String> idsOf(Collection<String> memberIds) {
		return memberIds.stream()
			.flatMap(memberId -> this.catalog.moduleIdsInOrder().stream().map(moduleId -> ModuleProgress.idOf(memberId, moduleId)))
			.toList();
	}

	private Map<String, ModuleProgressView> views(String memberId, Map<String, ModuleProgress> stored) {
		Map<String, ModuleProgressView> views = new LinkedHashMap<>();
		for (String moduleId : this.catalog.moduleIdsInOrder()) {
			this.catalog.module(moduleId).ifPresent(module -> {
				ModuleProgress entry = stored.get(moduleId);
				views.put(moduleId, entry == null ? ModuleProgressView.notStarted(memberId, module) : view(entry));
			});
		}
		return views;
	}

	private ModuleProgressView view(ModuleProgress entry) {
		CourseModule current = this.catalog.module(entry.moduleId()).orElseThrow();
		CourseModule taken = this.catalog.module(entry.moduleId(), entry.moduleVersion()).orElse(current);
		var view = ModuleProgressView.of(entry, current, this.catalog.requiredVersion(entry.moduleId()));
		if (taken.sectionCount() == current.sectionCount()) {
			return view;
		}
		return new ModuleProgressView(view.memberId(), view.moduleId(), view.moduleVersion(), view.status(),
				view.sectionsRead(), view.lastSection(), taken.sectionCount(), view.secondsSpent(), view.attempts(),
				view.bestScore(), view.startedAt(), view.completedAt(), view.currentVersion(), view.outdated());
	}

	/**
	 * The version of a module this member reads and is graded on: the one they started while it is
	 * in progress (or failed) and still published, the current one otherwise.
	 */
	public CourseModule versionFor(String memberId, CourseModule current) {
		if (!this.catalog.hasOlderVersions(current.id())) {
			return current;
		}
		return this.progress.findById(ModuleProgress.idOf(memberId, current.id()))
			.filter(entry -> entry.status() == ProgressStatus.IN_PROGRESS || entry.status() == ProgressStatus.FAILED)
			.filter(entry -> this.catalog.hasVersion(current.id(), entry.moduleVersion()))
			.flatMap(entry -> this.catalog.module(current.id(), entry.moduleVersion()))
			.orElse(current);
	}

	/** Loads or creates the member's entry, applies the change and saves, retrying on a concurrent write. */
	private ModuleProgress update(Learner learner, String moduleId, int moduleVersion,
			Consumer<ModuleProgress> change) {
		String id = ModuleProgress.idOf(learner.memberId(), moduleId);
		for (int attempt = 1;; attempt++) {
			ModuleProgress entry = (attempt == 1 ? lastWritten(id) : Optional.<ModuleProgress>empty())
				.or(() -> this.progress.findById(id))
				.orElseGet(() -> new ModuleProgress(learner.memberId(), learner.poleId(), learner.organisationId(),
						moduleId, moduleVersion, this.clock.instant()));
			boolean created = entry.isNew();
			ProgressStatus before = created ? ProgressStatus.NOT_STARTED : entry.status();
			change.accept(entry);
			try {
				ModuleProgress saved = this.progress.save(entry);
				// Pages shown before this change would answer with a view that misses it.
				this.shownPages.evict(saved.id());
				if (created) {
					this.events.publishEvent(new ModuleStarted(learner.memberId(), learner.poleId(), moduleId));
				}
				if (saved.status() != before) {
					var at = saved.status() == ProgressStatus.PASSED ? saved.completedAt() : this.clock.instant();
					this.events.publishEvent(new ModuleStatusChanged(saved.memberId(), saved.poleId(),
							saved.organisationId(), moduleId, before, saved.status(), at));
				}
				return saved;
			}
			catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
				this.lastWritten.evict(id);
				if (attempt >= MAX_TRIES) {
					throw ex;
				}
			}
		}
	}

	private Optional<ModuleProgress> lastWritten(String id) {
		return this.lastWritten.find(id).map(document -> this.mongo.getConverter().read(ModuleProgress.class, document));
	}

	/** Keeps the document a save just wrote (the store's template publishes it; no second conversion). */
	@EventListener
	void on(AfterSaveEvent<?> event) {
		if (event.getSource() instanceof ModuleProgress saved) {
			this.lastWritten.put(saved.id(), event.getDocument());
		}
	}

}
