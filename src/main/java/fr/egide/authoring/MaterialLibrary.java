package fr.egide.authoring;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.egide.catalog.CourseCatalog;
import fr.egide.catalog.CourseModule;
import fr.egide.catalog.MarkdownRenderer;
import fr.egide.quiz.QuizBank;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Puts published material into the catalogue and the QCM bank: every published version of every
 * module, with the poles that accepted its course. Rebuilt at start-up, after each change here,
 * and when another instance changed it (a revision counter in the store, read every 30 seconds).
 */
@Service
class MaterialLibrary implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(MaterialLibrary.class);

	private static final String REVISIONS = "material_revision";

	private final MaterialVersionRepository versions;

	private final MaterialOfferRepository offers;

	private final CourseCatalog catalog;

	private final QuizBank bank;

	private final MongoTemplate mongo;

	private final BundleCheck check;

	private final Map<String, BundleCheck.Checked> rendered = new ConcurrentHashMap<>();

	private volatile long revision = -1;

	MaterialLibrary(MaterialVersionRepository versions, MaterialOfferRepository offers, CourseCatalog catalog,
			QuizBank bank, MongoTemplate mongo, MarkdownRenderer markdown) {
		this.versions = versions;
		this.offers = offers;
		this.catalog = catalog;
		this.bank = bank;
		this.mongo = mongo;
		this.check = new BundleCheck(markdown);
	}

	@Override
	public void afterSingletonsInstantiated() {
		rebuild(currentRevision());
	}

	/** A version as members (or its author, in preview) see it: rendered once, then kept. */
	BundleCheck.Checked rendered(MaterialVersion version) {
		return this.rendered.computeIfAbsent(version.id(), id -> {
			Map<String, byte[]> files = new LinkedHashMap<>();
			version.files().forEach(file -> files.put(file.path(), file.text().getBytes(StandardCharsets.UTF_8)));
			Map<String, String> images = new HashMap<>();
			version.images().forEach(image -> images.put(image.path(), image.contentType()));
			return this.check.check(files, images, imageBase(version.courseId(), version.number()));
		});
	}

	static String imageBase(String courseId, int number) {
		return "/material/" + courseId + "/" + number + "/";
	}

	/** Records a change for every instance and rebuilds this one's catalogue at once. */
	synchronized void changed() {
		Document counter = this.mongo.findAndModify(Query.query(Criteria.where("_id").is("library")),
				new Update().inc("revision", 1L), FindAndModifyOptions.options().returnNew(true).upsert(true),
				Document.class, REVISIONS);
		rebuild(counter == null ? 0 : counter.get("revision", Number.class).longValue());
	}

	@Scheduled(fixedDelayString = "${egide.material.refresh:30s}", initialDelayString = "${egide.material.refresh:30s}")
	void refreshIfChanged() {
		long stored = currentRevision();
		if (stored != this.revision) {
			rebuild(stored);
		}
	}

	private long currentRevision() {
		Document counter = this.mongo.findById("library", Document.class, REVISIONS);
		return counter == null ? 0 : counter.get("revision", Number.class).longValue();
	}

	private synchronized void rebuild(long at) {
		Map<String, List<MaterialVersion>> byCourse = new TreeMap<>();
		this.versions.findByState(MaterialVersion.State.PUBLISHED)
			.forEach(version -> byCourse.computeIfAbsent(version.courseId(), id -> new ArrayList<>()).add(version));
		Map<String, Set<String>> poles = new HashMap<>();
		Map<String, Set<String>> readers = new HashMap<>();
		for (MaterialOffer offer : this.offers.findAll()) {
			if (offer.assignable()) {
				poles.computeIfAbsent(offer.courseId(), id -> new HashSet<>()).add(offer.poleId());
			}
			if (offer.readable()) {
				readers.computeIfAbsent(offer.courseId(), id -> new HashSet<>()).add(offer.poleId());
			}
		}
		List<CourseCatalog.PublishedCourse> courses = new ArrayList<>();
		Map<String, List<QuizBank.VersionedQuiz>> quizzes = new HashMap<>();
		byCourse.forEach((courseId, list) -> {
			list.sort((a, b) -> Integer.compare(a.number(), b.number()));
			publishedCourse(courseId, list, poles.getOrDefault(courseId, Set.of()),
					readers.getOrDefault(courseId, Set.of()), quizzes)
				.ifPresent(courses::add);
		});
		this.bank.replaceLibrary("material", quizzes);
		this.catalog.replaceLibrary("material", courses);
		this.revision = at;
		log.debug("Material library at revision {}: {} courses", at, courses.size());
	}

	private java.util.Optional<CourseCatalog.PublishedCourse> publishedCourse(String courseId,
			List<MaterialVersion> published, Set<String> poles, Set<String> readers,
			Map<String, List<QuizBank.VersionedQuiz>> quizzes) {
		List<CourseModule> modules = new ArrayList<>();
		Map<String, Integer> required = new HashMap<>();
		Set<String> seen = new HashSet<>();
		BundleCheck.Checked last = null;
		for (MaterialVersion version : published) {
			BundleCheck.Checked checked = rendered(version);
			if (!checked.valid()) {
				log.error("Published material {} no longer passes the checks: {}", version.id(), checked.problems());
				continue;
			}
			last = checked;
			for (CourseModule module : checked.modules()) {
				int number = version.moduleVersions().getOrDefault(module.id(), 1);
				if (!seen.add(module.id() + "@" + number)) {
					continue;
				}
				modules.add(module.withVersion(number));
				quizzes.computeIfAbsent(module.id(), id -> new ArrayList<>())
					.add(new QuizBank.VersionedQuiz(number, checked.quizzes().get(module.id()),
							checked.quizSources().get(module.id())));
				if (!version.minor() || !required.containsKey(module.id())) {
					required.put(module.id(), number);
				}
			}
		}
		if (last == null) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new CourseCatalog.PublishedCourse(last.course(), modules, poles, readers, required));
	}

}
