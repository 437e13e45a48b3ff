package fr.egide.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogFilesTests {

	private static final String MODULE = """
			---
			id: %s
			title: Titre
			summary: Résumé
			minutes: 5
			language: fr
			version: 1
			objectives: [Savoir]
			---
			## Section

			Texte.
			""";

	private static final String COURSE = """
			id: cours
			title: Cours
			language: fr
			modules: [%s]
			""";

	@TempDir
	Path dir;

	private final CatalogFiles files = new CatalogFiles(new MarkdownRenderer());

	@Test
	void readsTheTestCatalogue() {
		var loaded = this.files.read(Path.of("src/test/resources/content/courses"));
		assertThat(loaded.problems()).isEmpty();
		assertThat(loaded.courses()).extracting(Course::id).containsExactly("essentials");
		var alpha = loaded.modules().get("alpha");
		assertThat(alpha.sections()).extracting(Section::title)
			.containsExactly("Première section", "Deuxième section", "Troisième section");
		assertThat(alpha.objectives()).hasSize(2);
		assertThat(alpha.sections().get(0).html()).contains("&lt;b&gt;HTML brut&lt;/b&gt;");
	}

	@Test
	void everyProblemIsReportedWithPathAndLine() throws IOException {
		write("cours/course.yaml", COURSE.formatted("un, absent"));
		write("cours/un.md", MODULE.formatted("un"));
		write("cours/deux.md", MODULE.formatted("un"));
		write("cours/trois.md", """
				---
				id: Trois Modules
				title: Titre
				minutes: beaucoup
				language: de
				version: 1
				objectives: [Savoir]
				colour: bleu
				---
				Pas de section.
				""");
		var problems = this.files.read(this.dir).problems().stream().map(Object::toString).toList();
		String root = this.dir.toString();
		assertThat(problems).contains(root + "/cours/un.md:2: duplicate module id 'un' (also in " + root + "/cours/deux.md)",
				root + "/cours/trois.md:2: 'id' must be lowercase letters, digits and dashes (got 'Trois Modules')",
				root + "/cours/trois.md:2: missing field 'summary'",
				root + "/cours/trois.md:4: 'minutes' must be a whole number from 1 to 240 (got 'beaucoup')",
				root + "/cours/trois.md:5: language must be one of [fr, en]",
				root + "/cours/trois.md:10: no section: start each page with a '## Title' line",
				root + "/cours/course.yaml:4: course 'cours' lists unknown module 'absent'");
		assertThat(problems).anyMatch(line -> line.startsWith(root + "/cours/trois.md:8: unknown field 'colour'"));
	}

	@Test
	void brokenYamlAndUnclosedFrontMatterAndBadEncodingAreNamed() throws IOException {
		write("c/course.yaml", "id: c\ntitle: [unclosed\n");
		write("c/a.md", "---\nid: a\ntitle: x\n");
		Files.write(this.dir.resolve("c/b.md"), "---\nid: b\ntitle: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));
		var problems = this.files.read(this.dir).problems().stream().map(Object::toString).toList();
		assertThat(problems).anyMatch(line -> line.matches(".*/c/course.yaml:\\d+: invalid YAML: .*"));
		assertThat(problems).contains(this.dir + "/c/a.md:1: front matter is not closed: add a '---' line after it",
				this.dir + "/c/b.md:1: not UTF-8 text: save the file as UTF-8");
	}

	@Test
	void aYamlBombIsRefusedNotExpanded() throws IOException {
		write("c/course.yaml", """
				a: &a ["x","x","x","x","x","x","x","x","x"]
				b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
				c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
				d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
				e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
				f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]
				""");
		var problems = this.files.read(this.dir).problems();
		assertThat(problems).anyMatch(problem -> problem.message().startsWith("invalid YAML"));
	}

	@Test
	void aMissingFolderIsAProblemNotACrash() {
		assertThat(this.files.read(this.dir.resolve("absent")).problems()).extracting(ContentProblem::message)
			.containsExactly("no such folder");
	}

	private void write(String relative, String text) throws IOException {
		Path file = this.dir.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

}
