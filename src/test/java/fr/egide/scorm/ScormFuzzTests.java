package fr.egide.scorm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;

import fr.egide.FuzzInputs;
import fr.egide.catalog.ContentProblem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz tests of SCORM imports: the manifest reader and the archive unpacking. Both report
 * problems instead of throwing, so any exception is a bug, and unpacking never writes outside
 * its folder nor leaves anything in it when refusing. Inputs under {@code ScormFuzzTestsInputs/}
 * are replayed in every build.
 */
class ScormFuzzTests {

	@FuzzTest(maxDuration = "10s")
	void manifest(byte[] input) {
		var read = ManifestReader.read(input);
		assertThat(read.manifest() == null).as("a manifest is read exactly when there is no problem: %s",
				read.problems())
			.isEqualTo(!read.problems().isEmpty());
		if (read.manifest() != null) {
			assertThat(read.manifest().scos()).isNotEmpty().hasSizeLessThanOrEqualTo(ManifestReader.MAX_SCOS);
		}
	}

	/** A zip made of the files of the input ({@code === name ===} lines; see {@link FuzzInputs}). */
	@FuzzTest(maxDuration = "10s")
	void unpackEntries(byte[] input) throws IOException {
		unpackInFreshFolder(FuzzInputs.zip(input));
	}

	/** The input itself as a zip: hand-made and truncated archives. */
	@FuzzTest(maxDuration = "10s")
	void unpackBytes(byte[] input) throws IOException {
		unpackInFreshFolder(input);
	}

	private static void unpackInFreshFolder(byte[] zip) throws IOException {
		Path parent = Files.createTempDirectory("egide-fuzz-scorm");
		Path target = parent.resolve("package");
		try {
			List<ContentProblem> problems = ScormArchive.unpack("fuzz.zip", zip, target);
			try (Stream<Path> around = Files.list(parent)) {
				assertThat(around.map(path -> path.getFileName().toString()).toList()).as("written beside the folder")
					.isSubsetOf("package");
			}
			if (!problems.isEmpty()) {
				assertThat(target).as("left after refusing: %s", problems).doesNotExist();
			}
			else if (Files.exists(target)) {
				try (Stream<Path> inside = Files.walk(target)) {
					assertThat(inside.toList()).allSatisfy(path -> {
						assertThat(Files.isSymbolicLink(path)).as("link %s", path).isFalse();
						assertThat(path.toRealPath()).startsWith(target.toRealPath());
					});
				}
			}
		}
		finally {
			ScormArchive.delete(parent);
		}
	}

}
