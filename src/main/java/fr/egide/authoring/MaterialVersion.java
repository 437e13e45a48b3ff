package fr.egide.authoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One upload of a course by a speaker, kept as its source files: a draft until published, then
 * a version members may take. Published versions are never changed or deleted, so that members
 * who took one can still read it. Images are stored apart ({@link MaterialImage}).
 */
@Document("material_versions")
class MaterialVersion {

	enum State {

		DRAFT, PUBLISHED, DISCARDED

	}

	/** A source text as uploaded (Markdown, course or QCM YAML, QCM converted from GIFT). */
	record SourceFile(String path, String text) {
	}

	/** An image of this version: its path in the upload, its type and a digest of its bytes. */
	record ImageRef(String path, String contentType, String sha256) {
	}

	@Id
	private String id;

	@Indexed
	private String courseId;

	private int number;

	private String title;

	private String ownerId;

	private String ownerName;

	private Instant uploadedAt;

	private State state = State.DRAFT;

	private boolean minor;

	private Instant publishedAt;

	private List<SourceFile> files = new ArrayList<>();

	private List<ImageRef> images = new ArrayList<>();

	/** Per module, the module version this course version publishes (set on publication). */
	private Map<String, Integer> moduleVersions = new HashMap<>();

	/** Per module, a digest of its text, QCM and images, to tell a changed module from an unchanged one. */
	private Map<String, String> moduleDigests = new HashMap<>();

	MaterialVersion() {
	}

	MaterialVersion(String courseId, int number, String title, String ownerId, String ownerName, Instant at,
			List<SourceFile> files, List<ImageRef> images, Map<String, String> moduleDigests) {
		this.id = idOf(courseId, number);
		this.courseId = courseId;
		this.number = number;
		this.title = title;
		this.ownerId = ownerId;
		this.ownerName = ownerName;
		this.uploadedAt = at;
		this.files = List.copyOf(files);
		this.images = List.copyOf(images);
		this.moduleDigests = Map.copyOf(moduleDigests);
	}

	static String idOf(String courseId, int number) {
		return courseId + "@" + number;
	}

	void publish(Map<String, Integer> versions, boolean minorChange, Instant at) {
		this.state = State.PUBLISHED;
		this.moduleVersions = Map.copyOf(versions);
		this.minor = minorChange;
		this.publishedAt = at;
	}

	void discard() {
		this.state = State.DISCARDED;
	}

	public String id() {
		return this.id;
	}

	public String courseId() {
		return this.courseId;
	}

	public int number() {
		return this.number;
	}

	public String title() {
		return this.title;
	}

	public String ownerId() {
		return this.ownerId;
	}

	public String ownerName() {
		return this.ownerName;
	}

	public Instant uploadedAt() {
		return this.uploadedAt;
	}

	public State state() {
		return this.state;
	}

	public boolean published() {
		return this.state == State.PUBLISHED;
	}

	public boolean minor() {
		return this.minor;
	}

	public Instant publishedAt() {
		return this.publishedAt;
	}

	public List<SourceFile> files() {
		return this.files;
	}

	public List<ImageRef> images() {
		return this.images;
	}

	public Map<String, Integer> moduleVersions() {
		return this.moduleVersions;
	}

	public Map<String, String> moduleDigests() {
		return this.moduleDigests;
	}

}
