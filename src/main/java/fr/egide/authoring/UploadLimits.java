package fr.egide.authoring;

/** How much an upload may hold; every limit is checked before the content is read further. */
final class UploadLimits {

	static final long MAX_UPLOAD_BYTES = 10_000_000;

	static final int MAX_FILES = 100;

	static final long MAX_UNPACKED_BYTES = 20_000_000;

	static final long MAX_TEXT_BYTES = 1_000_000;

	static final long MAX_IMAGE_BYTES = 2_000_000;

	/** A zip entry expanding more than this many times is a bomb, not a course. */
	static final long MAX_EXPANSION_RATIO = 100;

	private UploadLimits() {
	}

}
