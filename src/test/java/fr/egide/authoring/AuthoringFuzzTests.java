package fr.egide.authoring;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;

import fr.egide.FuzzInputs;
import fr.egide.catalog.MarkdownRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz tests of upload checks: the files of an upload (loose or zipped) and the bundle check
 * that reads them as a course. Both report problems instead of throwing, so any exception is a
 * bug; no accepted path may leave the upload. Inputs under {@code AuthoringFuzzTestsInputs/} are
 * replayed in every build.
 */
class AuthoringFuzzTests {

	private static final BundleCheck CHECK = new BundleCheck(new MarkdownRenderer());

	/** Loose files ({@code === name ===} lines; see {@link FuzzInputs}), then the same files as a zip. */
	@FuzzTest(maxDuration = "10s")
	void uploadedFiles(byte[] input) {
		var loose = new UploadedFiles();
		FuzzInputs.files(input).forEach(loose::add);
		assertAcceptedPathsStayInside(loose);
		var zipped = new UploadedFiles();
		zipped.add("bundle.zip", FuzzInputs.zip(input));
		assertAcceptedPathsStayInside(zipped);
		var raw = new UploadedFiles();
		raw.add("raw.zip", input);
		assertAcceptedPathsStayInside(raw);
	}

	/** The files of the input, zipped (so with folders) and checked as an upload, read as a course. */
	@FuzzTest(maxDuration = "10s")
	void bundleCheck(byte[] input) {
		var upload = new UploadedFiles();
		upload.add("bundle.zip", FuzzInputs.zip(input));
		var checked = CHECK.check(upload.files(), Map.of(), "/material/x/1/");
		if (checked.valid()) {
			assertThat(checked.course()).isNotNull();
			assertThat(checked.modules()).isNotEmpty();
		}
		assertThat(checked.problems()).allSatisfy(problem -> assertThat(problem.path()).doesNotContain("egide-upload"));
	}

	private static void assertAcceptedPathsStayInside(UploadedFiles upload) {
		assertThat(upload.files().keySet()).allSatisfy(path -> {
			List<String> segments = Arrays.asList(path.split("/", -1));
			assertThat(path).doesNotStartWith("/").doesNotContain("\\").doesNotContain("\0").doesNotContain(":");
			assertThat(segments).doesNotContain("..", ".", "").hasSizeLessThanOrEqualTo(4);
		});
	}

}
