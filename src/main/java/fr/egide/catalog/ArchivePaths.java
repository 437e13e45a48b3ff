package fr.egide.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The one rule for paths inside an uploaded archive, whatever it holds (a course bundle, a
 * SCORM package): relative, with no {@code ..}, so that nothing can be written outside the
 * folder it is unpacked into.
 */
public final class ArchivePaths {

	private ArchivePaths() {
	}

	/** Why this entry path may not be unpacked, or empty when it stays inside its folder. */
	public static Optional<String> problem(String path) {
		if (path.startsWith("/") || path.contains("\\") || path.matches("^[A-Za-z]:.*") || path.indexOf('\0') >= 0) {
			return Optional.of("absolute paths are not accepted");
		}
		List<String> segments = List.of(path.split("/"));
		if (segments.contains("..")) {
			return Optional.of("paths with '..' are not accepted");
		}
		return Optional.empty();
	}

}
