package fr.egide.authoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;

import fr.egide.TestMaterial;
import fr.egide.catalog.ContentProblem;

import static org.assertj.core.api.Assertions.assertThat;

class UploadedFilesTests {

	@Test
	void aZipIsOpenedIntoItsFilesWithTheirPaths() {
		var upload = read("bundle.zip", TestMaterial.bundle("cours", "module", "Titre"));
		assertThat(upload.problems()).isEmpty();
		assertThat(upload.files()).containsOnlyKeys("course.yaml", "module.md", "module.yaml", "images/schema.png");
	}

	@Test
	void pathsLeavingTheUploadAreRefusedAndNothingIsKept() {
		var upload = read("evil.zip", TestMaterial.zip(Map.of("../../etc/cron.d/evil.md", bytes("x"), "ok.md",
				bytes("x"))));
		assertThat(messages(upload)).anyMatch(m -> m.contains("evil.zip!/../../etc/cron.d/evil.md")
				&& m.contains("'..'"));
		assertThat(read("abs.zip", TestMaterial.zip(Map.of("/etc/passwd.md", bytes("x")))).problems())
			.extracting(ContentProblem::message)
			.containsExactly("absolute paths are not accepted");
		assertThat(read("win.zip", TestMaterial.zip(Map.of("C:/Windows/x.md", bytes("x")))).problems()).hasSize(1);
	}

	@Test
	void symbolicLinksAreRefused() throws IOException {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipArchiveOutputStream(out)) {
			var link = new ZipArchiveEntry("module.md");
			link.setUnixMode(0120777);
			zip.putArchiveEntry(link);
			zip.write(bytes("/etc/passwd"));
			zip.closeArchiveEntry();
		}
		var upload = read("link.zip", out.toByteArray());
		assertThat(upload.files()).isEmpty();
		assertThat(messages(upload)).containsExactly("link.zip!/module.md:0 symbolic links are not accepted");
	}

	@Test
	void zipBombsAreRefusedBeforeTheyFillMemory() {
		var bomb = TestMaterial.zip(Map.of("a.md", new byte[15_000_000], "b.md", new byte[15_000_000]));
		assertThat(bomb.length).isLessThan(100_000);
		assertThat(messages(read("bomb.zip", bomb))).singleElement().asString().contains("unpacks to more than 20 MB");
		var single = TestMaterial.zip(Map.of("a.md", new byte[5_000_000]));
		assertThat(messages(read("one.zip", single))).singleElement().asString().contains("too large");
	}

	@Test
	void tooManyEntriesAreRefused() {
		Map<String, byte[]> many = new LinkedHashMap<>();
		for (int i = 0; i < 150; i++) {
			many.put("m" + i + ".md", bytes("x"));
		}
		assertThat(messages(read("many.zip", TestMaterial.zip(many)))).singleElement()
			.asString()
			.contains("more than 100 entries");
	}

	@Test
	void brokenZipsAndAwkwardNamesGetAProblemSystemFilesAreSkipped() {
		assertThat(messages(read("broken.zip", bytes("not a zip")))).singleElement()
			.asString()
			.startsWith("broken.zip:0 not a readable zip file");
		assertThat(messages(read("n.zip", TestMaterial.zip(Map.of("schéma.png", TestMaterial.PNG))))).singleElement()
			.asString()
			.contains("rename 'schéma.png'");
		var mac = read("mac.zip", TestMaterial.zip(Map.of("__MACOSX/._a.md", bytes("x"), ".DS_Store", bytes("x"),
				"a.md", bytes("x"))));
		assertThat(mac.problems()).isEmpty();
		assertThat(mac.files()).containsOnlyKeys("a.md");
	}

	private static UploadedFiles read(String name, byte[] content) {
		var upload = new UploadedFiles();
		upload.add(name, content);
		return upload;
	}

	private static java.util.List<String> messages(UploadedFiles upload) {
		return upload.problems().stream().map(p -> p.path() + ":" + p.line() + " " + p.message()).toList();
	}

	private static byte[] bytes(String text) {
		return TestMaterial.utf8(text);
	}

}
