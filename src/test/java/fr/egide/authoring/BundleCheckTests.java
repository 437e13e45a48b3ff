package fr.egide.authoring;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import fr.egide.TestMaterial;
import fr.egide.catalog.MarkdownRenderer;

import static org.assertj.core.api.Assertions.assertThat;

class BundleCheckTests {

	private final BundleCheck check = new BundleCheck(new MarkdownRenderer());

	@Test
	void aSingleModuleWithItsQcmBecomesItsOwnCourse() {
		var checked = check(Map.of("tri.md", TestMaterial.module("tri", "Le tri", TestMaterial.body("x")),
				"tri.yaml", TestMaterial.quiz("tri")), Map.of("images/schema.png", TestMaterial.PNG));
		assertThat(checked.problems()).isEmpty();
		assertThat(checked.course().id()).isEqualTo("tri");
		assertThat(checked.course().moduleIds()).containsExactly("tri");
		assertThat(checked.modules().get(0).section(1).html()).contains("src=\"/material/c/3/images/schema.png\"");
		assertThat(checked.imageTypes()).containsEntry("images/schema.png", "image/png");
	}

	@Test
	void problemsNameTheFileAndLineAsTheAuthorKnowsThem() {
		String module = TestMaterial.module("tri", "Le tri", """
				## Page

				[cliquez](javascript:alert(1)) et [ça](data:text/html;base64,PHNjcmlwdD4=)

				![absent](images/absent.png)
				""");
		var checked = check(Map.of("modules/tri.md", module, "tri.yaml", "module: tri\nquestions: []\n"), Map.of());
		assertThat(shown(checked)).contains(
				"modules/tri.md:13 link to 'javascript:alert(1)' is not allowed: use http, https, mailto or a relative address",
				"modules/tri.md:15 image 'images/absent.png' is not in the upload: add the file or fix its name");
		assertThat(shown(checked)).anyMatch(line -> line.startsWith("modules/tri.md:13 link to 'data:"));
		assertThat(shown(checked)).anyMatch(line -> line.startsWith("tri.yaml:"));
		assertThat(shown(checked)).noneMatch(line -> line.contains("egide-upload"));
	}

	@Test
	void rawHtmlIsShownAsTextNeverRun() {
		String module = TestMaterial.module("brut", "Brut", """
				## Page

				<script>alert('x')</script>

				<img src=x onerror=alert(1)>
				""");
		var checked = check(Map.of("brut.md", module, "brut.yaml", TestMaterial.quiz("brut")), Map.of());
		assertThat(checked.problems()).isEmpty();
		String html = checked.modules().get(0).section(1).html();
		assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
	}

	@Test
	void textThatIsNotUtf8IsRefusedWithItsName() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("latin.md", TestMaterial.module("latin", "Sécurité", TestMaterial.body("é"))
			.getBytes(Charset.forName("windows-1252")));
		files.put("latin.yaml", TestMaterial.utf8(TestMaterial.quiz("latin")));
		assertThat(shown(this.check.check(files, Map.of(), "/b/"))).contains("latin.md:1 not UTF-8 text: save the file as UTF-8");
	}

	@Test
	void aYamlBombInFrontMatterIsAProblemNotAnOutage() {
		String bomb = """
				---
				a: &a ["x","x","x","x","x","x","x","x","x"]
				b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
				c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
				d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
				e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
				f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
				id: bombe
				---
				## Page
				""";
		long start = System.nanoTime();
		var checked = check(Map.of("bombe.md", bomb), Map.of());
		assertThat(checked.problems()).isNotEmpty();
		assertThat(shown(checked)).anyMatch(line -> line.startsWith("bombe.md:"));
		assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
	}

	@Test
	void onlyRealRasterImagesAreKeptSvgIsRefused() {
		var checked = check(Map.of("tri.md", TestMaterial.module("tri", "Tri", "## Page\n\nTexte.\n"), "tri.yaml",
				TestMaterial.quiz("tri")), Map.of("dessin.svg", TestMaterial.utf8("<svg onload=alert(1)/>"), "faux.png",
						TestMaterial.utf8("<html>"), "photo.jpg", TestMaterial.PNG));
		assertThat(shown(checked)).containsExactlyInAnyOrder(
				"dessin.svg:0 SVG images are not accepted (they can carry scripts): export the drawing as PNG",
				"faux.png:0 the file is not a image/png image: save it again as PNG, JPEG, GIF or WebP",
				"photo.jpg:0 the file is not a image/jpeg image: save it again as PNG, JPEG, GIF or WebP");
	}

	@Test
	void aGiftQcmIsConvertedAndItsUnsupportedQuestionsNamedByLine() {
		String gift = """
				// Banque de questions
				::Clé trouvée:: Que faire d'une clé USB trouvée ? {
				  ~La brancher#Jamais : elle peut être piégée.
				  =La remettre au référent
				  ####Une clé trouvée peut être piégée.
				}

				::Salon:: Un salon est propice aux approches. {T}
				""";
		var checked = check(Map.of("tri.md", TestMaterial.module("tri", "Tri", "## Page\n\nTexte.\n"), "tri.gift", gift),
				Map.of());
		assertThat(checked.problems()).isEmpty();
		assertThat(checked.quizzes().get("tri").questions()).hasSize(2);
		var broken = check(Map.of("tri.md", TestMaterial.module("tri", "Tri", "## Page\n\nTexte.\n"), "tri.gift",
				gift + "\n::Calcul:: Combien font 2+2 ? {#4}\n"), Map.of());
		assertThat(shown(broken)).anyMatch(line -> line.startsWith("tri.gift:10 ") && line.contains("numerical"));
	}

	@Test
	void severalModulesNeedACourseFileAndNoTemporaryFolderIsLeftBehind() throws IOException {
		long before = temporaryFolders();
		var checked = check(Map.of("a.md", TestMaterial.module("a", "A", "## P\n\nT.\n"), "b.md",
				TestMaterial.module("b", "B", "## P\n\nT.\n"), "a.yaml", TestMaterial.quiz("a"), "b.yaml",
				TestMaterial.quiz("b")), Map.of());
		assertThat(shown(checked)).contains("course.yaml:0 several modules and no course.yaml: add a course.yaml that "
				+ "lists them in the order members take them");
		assertThat(temporaryFolders()).isEqualTo(before);
	}

	private BundleCheck.Checked check(Map<String, String> texts, Map<String, byte[]> binaries) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		texts.forEach((path, text) -> files.put(path, TestMaterial.utf8(text)));
		files.putAll(binaries);
		return this.check.check(files, Map.of(), "/material/c/3/");
	}

	private static List<String> shown(BundleCheck.Checked checked) {
		return checked.problems().stream().map(p -> p.path() + ":" + p.line() + " " + p.message()).toList();
	}

	private static long temporaryFolders() throws IOException {
		try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return entries.filter(path -> path.getFileName().toString().startsWith("egide-upload")).count();
		}
	}

}
