package fr.egide.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.junit.FuzzTest;

import fr.egide.FuzzInputs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz tests of the course content readers. They return problems instead of throwing, so any
 * exception is a bug. The committed inputs under {@code CatalogFuzzTestsInputs/} are replayed in
 * every build; {@code JAZZER_FUZZ=1} fuzzes (see README, "Fuzzing").
 */
class CatalogFuzzTests {

	private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

	/** A tag of the rendered HTML, and each of its attributes. */
	private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");

	private static final Pattern ATTRIBUTE = Pattern
		.compile("\\s*([^\\s=/>]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");

	@FuzzTest(maxDuration = "10s")
	void moduleFile(byte[] input) {
		List<ContentProblem> problems = new ArrayList<>();
		var module = new ModuleFile(MARKDOWN, ImageLinks.UNCHANGED).read(FuzzInputs.text(input), "fuzz.md", problems);
		assertThat(module.isPresent()).as("a module is read exactly when there is no problem: %s", problems)
			.isEqualTo(problems.isEmpty());
		module.ifPresent(read -> {
			assertThat(read.sections()).isNotEmpty();
			assertSafe(read.introHtml());
			read.sections().forEach(section -> assertSafe(section.html()));
		});
	}

	@FuzzTest(maxDuration = "10s")
	void yamlMap(byte[] input) {
		List<ContentProblem> problems = new ArrayList<>();
		YamlMap.parse(FuzzInputs.text(input), "fuzz.yaml", 1, problems).ifPresent(yaml -> {
			yaml.rejectUnknown(List.of("id", "title"));
			for (String key : List.of("id", "title", "minutes", "shuffle", "tags", "questions", "choices")) {
				yaml.id(key);
				yaml.text(key, true);
				yaml.integer(key, true, 1, 240);
				yaml.bool(key);
				yaml.texts(key, true);
				yaml.maps(key, false).forEach(item -> item.texts("text", false));
				yaml.lineOf(key);
			}
		});
		assertThat(problems).allSatisfy(problem -> assertThat(problem.line()).isPositive());
	}

	/** A module file, and a {@code course.yaml} after a {@code === course.yaml ===} line, read from a folder. */
	@FuzzTest(maxDuration = "10s")
	void catalogFolder(byte[] input) throws IOException {
		Path dir = Files.createTempDirectory("egide-fuzz-catalog");
		try {
			var files = FuzzInputs.files(input);
			if (files.isEmpty()) {
				Files.write(dir.resolve("module.md"), input);
			}
			else {
				for (var file : files.entrySet()) {
					String name = file.getKey().equals("course.yaml") ? "course.yaml" : "module.md";
					Files.write(dir.resolve(name), file.getValue());
				}
			}
			var loaded = new CatalogFiles(MARKDOWN).read(dir);
			if (loaded.problems().isEmpty()) {
				assertThat(loaded.courses()).isNotEmpty();
			}
			loaded.modules().values().forEach(module -> module.sections().forEach(section -> assertSafe(section.html())));
		}
		finally {
			try (var paths = Files.walk(dir)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	@FuzzTest(maxDuration = "10s")
	void markdown(byte[] input) {
		String text = FuzzInputs.text(input);
		assertSafe(MARKDOWN.block(text));
		assertSafe(MARKDOWN.inline(text));
		MARKDOWN.problems(text, "fuzz.md");
	}

	/**
	 * No script element, no event handler attribute, and no link or image address other than
	 * http, https, mailto or relative, once entities, blanks and control characters are removed.
	 */
	static void assertSafe(String html) {
		String lower = html.toLowerCase(Locale.ROOT);
		assertThat(lower).doesNotContain("<script", "<iframe", "<object", "<embed", "<style");
		Matcher tag = TAG.matcher(html);
		while (tag.find()) {
			Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
			while (attribute.lookingAt() && attribute.end() > 0) {
				String name = attribute.group(1).toLowerCase(Locale.ROOT);
				String value = attribute.group(2) != null ? attribute.group(2)
						: attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
				assertThat(name).as("attribute in %s", tag.group()).doesNotStartWith("on");
				if (value != null && (name.equals("href") || name.equals("src"))) {
					String address = decode(value).replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
					assertThat(address).as("address in %s", tag.group())
						.doesNotStartWith("javascript:")
						.doesNotStartWith("vbscript:")
						.doesNotStartWith("data:");
				}
				attribute.region(attribute.end(), tag.group(2).length());
			}
		}
	}

	private static String decode(String value) {
		Matcher entity = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);").matcher(value);
		StringBuilder out = new StringBuilder();
		while (entity.find()) {
			String name = entity.group(1);
			String replacement;
			if (name.startsWith("#x") || name.startsWith("#X")) {
				replacement = Character.toString(Integer.parseInt(name.substring(2), 16) % 0x110000);
			}
			else if (name.startsWith("#")) {
				replacement = Character.toString(Integer.parseInt(name.substring(1)) % 0x110000);
			}
			else {
				replacement = switch (name) {
					case "colon" -> ":";
					case "amp" -> "&";
					case "tab", "newline" -> "";
					default -> entity.group();
				};
			}
			entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		entity.appendTail(out);
		return out.toString();
	}

}
