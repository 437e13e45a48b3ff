package fr.egide.authoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import fr.egide.catalog.ContentProblem;
import fr.egide.catalog.CourseCatalog;
import fr.egide.catalog.CourseModule;
import fr.egide.catalog.MarkdownRenderer;
import fr.egide.security.EgideUser;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Stores checked uploads as draft versions and publishes them. Nothing is written for an
 * upload with a problem. On publication each module gets a version number: the previous one
 * when its text, QCM and images did not change, the next one otherwise.
 */
@Service
class MaterialStore {

	private final MaterialVersionRepository versions;

	private final MaterialImageRepository images;

	private final CourseCatalog catalog;

	private final MaterialLibrary library;

	private final BundleCheck check;

	private final Clock clock;

	MaterialStore(MaterialVersionRepository versions, MaterialImageRepository images, CourseCatalog catalog,
			MaterialLibrary library, MarkdownRenderer markdown, Clock clock) {
		this.versions = versions;
		this.images = images;
		this.catalog = catalog;
		this.library = library;
		this.check = new BundleCheck(markdown);
		this.clock = clock;
	}

	/** The stored draft, or every problem of the upload. */
	record Outcome(MaterialVersion stored, List<ContentProblem> problems) {
	}

	Outcome upload(EgideUser user, UploadedFiles upload) {
		if (!upload.problems().isEmpty()) {
			return new Outcome(null, upload.problems());
		}
		BundleCheck.Checked checked = this.check.check(upload.files(), Map.of(), "/material/upload/0/");
		if (!checked.valid()) {
			return new Outcome(null, checked.problems());
		}
		String courseId = checked.course().id();
		List<MaterialVersion> existing = this.versions.findByCourseIdOrderByNumberAsc(courseId);
		List<ContentProblem> conflicts = conflicts(user, checked, existing);
		if (!conflicts.isEmpty()) {
			return new Outcome(null, conflicts);
		}
		int number = existing.stream().mapToInt(MaterialVersion::number).max().orElse(0) + 1;
		List<MaterialVersion.SourceFile> texts = new ArrayList<>();
		List<MaterialVersion.ImageRef> refs = new ArrayList<>();
		upload.files().forEach((path, bytes) -> {
			if (checked.imageTypes().containsKey(path)) {
				refs.add(new MaterialVersion.ImageRef(path, checked.imageTypes().get(path), sha256(bytes)));
			}
			else {
				texts.add(new MaterialVersion.SourceFile(path, new String(bytes, StandardCharsets.UTF_8)));
			}
		});
		Map<String, String> digests = new HashMap<>();
		String imageDigest = refs.stream().map(ref -> ref.path() + "=" + ref.sha256()).sorted().toList().toString();
		checked.modules().forEach(module -> digests.put(module.id(), sha256((checked.moduleSources().get(module.id())
				+ "\0" + checked.quizSources().get(module.id()) + "\0" + imageDigest).getBytes(StandardCharsets.UTF_8))));
		var version = new MaterialVersion(courseId, number, checked.course().title(), user.memberId(),
				user.displayName(), this.clock.instant(), texts, refs, digests);
		upload.files().forEach((path, bytes) -> {
			if (checked.imageTypes().containsKey(path)) {
				this.images.save(new MaterialImage(MaterialImage.idOf(courseId, number, path),
						checked.imageTypes().get(path), bytes));
			}
		});
		try {
			this.versions.insert(version);
		}
		catch (DuplicateKeyException ex) {
			return new Outcome(null, List.of(new ContentProblem(courseId, 0,
					"another upload of this course was stored at the same moment: upload again")));
		}
		return new Outcome(version, List.of());
	}

	/** Course and module ids an upload may not take: the shipped ones and other speakers'. */
	private List<ContentProblem> conflicts(EgideUser user, BundleCheck.Checked checked,
			List<MaterialVersion> existing) {
		List<ContentProblem> problems = new ArrayList<>();
		String courseId = checked.course().id();
		if (this.catalog.isShipped(courseId)) {
			problems.add(new ContentProblem("course.yaml", 0,
					"id '" + courseId + "' is a course of the shipped catalogue: choose another id"));
		}
		existing.stream()
			.filter(version -> !version.ownerId().equals(user.memberId()))
			.findFirst()
			.ifPresent(version -> problems.add(new ContentProblem("course.yaml", 0, "id '" + courseId
					+ "' is already used by " + version.ownerName() + "'s material: choose another id")));
		for (CourseModule module : checked.modules()) {
			boolean elsewhere = this.catalog.course(courseId)
				.map(course -> !course.moduleIds().contains(module.id()))
				.orElse(true) && this.catalog.module(module.id()).isPresent();
			if (this.catalog.isShipped(module.id()) || elsewhere) {
				problems.add(new ContentProblem(module.source(), 2,
						"module id '" + module.id() + "' is already in the catalogue: choose another id"));
			}
		}
		return problems;
	}

	Optional<MaterialVersion> version(String courseId, int number) {
		return this.versions.findById(MaterialVersion.idOf(courseId, number));
	}

	List<MaterialVersion> versionsOf(String courseId) {
		return this.versions.findByCourseIdOrderByNumberAsc(courseId);
	}

	List<MaterialVersion> uploadsBy(String memberId) {
		return this.versions.findByOwnerIdOrderByUploadedAtDesc(memberId);
	}

	/**
	 * Publishes a draft. {@code minor} marks a fix (a typo) that does not ask members who passed
	 * the previous version to take the module again.
	 */
	MaterialVersion publish(MaterialVersion draft, boolean minor) {
		Map<String, Integer> numbers = new TreeMap<>();
		List<MaterialVersion> published = versionsOf(draft.courseId()).stream()
			.filter(MaterialVersion::published)
			.toList();
		MaterialVersion previous = published.isEmpty() ? null : published.get(published.size() - 1);
		draft.moduleDigests().forEach((moduleId, digest) -> {
			int highest = published.stream()
				.mapToInt(version -> version.moduleVersions().getOrDefault(moduleId, 0))
				.max()
				.orElse(0);
			boolean unchanged = previous != null && digest.equals(previous.moduleDigests().get(moduleId))
					&& previous.moduleVersions().containsKey(moduleId);
			numbers.put(moduleId, unchanged ? previous.moduleVersions().get(moduleId) : highest + 1);
		});
		draft.publish(numbers, minor && previous != null, this.clock.instant());
		MaterialVersion saved = this.versions.save(draft);
		this.library.changed();
		return saved;
	}

	void discard(MaterialVersion draft) {
		draft.discard();
		this.versions.save(draft);
		draft.images()
			.forEach(image -> this.images.deleteById(MaterialImage.idOf(draft.courseId(), draft.number(), image.path())));
	}

	Optional<MaterialImage> image(String courseId, int number, String path) {
		return this.images.findById(MaterialImage.idOf(courseId, number, path));
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
