package fr.egide.catalog;

import java.util.List;
import java.util.Optional;

/** One module file: YAML front matter between {@code ---} lines, then the Markdown body. */
final class ModuleFile {

	private static final List<String> FIELDS = List.of("id", "title", "summary", "minutes", "language", "version",
			"tags", "objectives");

	private static final List<String> LANGUAGES = List.of("fr", "en");

	private final MarkdownRenderer markdown;

	private final ImageLinks images;

	ModuleFile(MarkdownRenderer markdown, ImageLinks images) {
		this.markdown = markdown;
		this.images = images;
	}

	Optional<CourseModule> read(String text, String path, List<ContentProblem> problems) {
		String[] lines = text.split("\r?\n", -1);
		if (lines.length == 0 || !lines[0].strip().equals("---")) {
			problems.add(new ContentProblem(path, 1, "missing front matter: the file must start with a '---' line"));
			return Optional.empty();
		}
		int end = 1;
		while (end < lines.length && !lines[end].strip().equals("---")) {
			end++;
		}
		if (end == lines.length) {
			problems.add(new ContentProblem(path, 1, "front matter is not closed: add a '---' line after it"));
			return Optional.empty();
		}
		String frontMatter = String.join("\n", List.of(lines).subList(1, end));
		String body = String.join("\n", List.of(lines).subList(end + 1, lines.length));
		int before = problems.size();
		var yaml = YamlMap.parse(frontMatter, path, 1, problems);
		if (yaml.isEmpty()) {
			return Optional.empty();
		}
		var fields = yaml.get();
		fields.rejectUnknown(FIELDS);
		var id = fields.id("id");
		var title = fields.text("title", true);
		var summary = fields.text("summary", true);
		var minutes = fields.integer("minutes", true, 1, 240);
		var language = fields.text("language", true);
		language.filter(value -> !LANGUAGES.contains(value))
			.ifPresent(value -> fields.problem("language", "language must be one of " + LANGUAGES));
		var version = fields.integer("version", true, 1, 100_000);
		List<String> tags = fields.texts("tags", false);
		List<String> objectives = fields.texts("objectives", true);
		var rendered = this.markdown.renderBody(body, path, end + 1, problems, this.images);
		if (rendered.sections().isEmpty()) {
			problems.add(new ContentProblem(path, end + 2, "no section: start each page with a '## Title' line"));
		}
		if (problems.size() > before) {
			return Optional.empty();
		}
		return Optional.of(new CourseModule(id.get(), title.get(), summary.get(), minutes.get(), language.get(),
				version.get(), tags, objectives, rendered.introHtml(), rendered.sections(), path));
	}

}
