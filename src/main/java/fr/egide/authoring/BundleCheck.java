package fr.egide.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import fr.egide.catalog.CatalogFiles;
import fr.egide.catalog.ContentFiles;
import fr.egide.catalog.ContentProblem;
import fr.egide.catalog.Course;
import fr.egide.catalog.CourseModule;
import fr.egide.catalog.ImageLinks;
import fr.egide.catalog.MarkdownRenderer;
import fr.egide.quiz.GiftReader;
import fr.egide.quiz.Quiz;
import fr.egide.quiz.QuizFiles;
import fr.egide.quiz.QuizYaml;

/**
 * Checks an upload with the validator the command line and start-up use: the files are laid out
 * as a courses folder and a quizzes folder in a private temporary directory, read by
 * {@link CatalogFiles} and {@link QuizFiles}, and the directory is deleted. An upload holds one
 * course: its {@code course.yaml} with its modules, or a single module that becomes its own course.
 */
final class BundleCheck {

	private static final java.util.regex.Pattern DECLARED_ID = java.util.regex.Pattern
		.compile("(?m)^id:\\s*[\"']?([a-z0-9][a-z0-9-]{0,63})");

	private final MarkdownRenderer markdown;

	BundleCheck(MarkdownRenderer markdown) {
		this.markdown = markdown;
	}

	/** What an upload holds once checked; only meaningful when {@code problems} is empty. */
	record Checked(Course course, List<CourseModule> modules, Map<String, Quiz> quizzes,
			Map<String, String> quizSources, Map<String, String> moduleSources, Map<String, String> imageTypes,
			List<ContentProblem> problems) {

		boolean valid() {
			return this.problems.isEmpty();
		}

	}

	/**
	 * @param storedImages images already checked and stored with a version, by path and type
	 * @param imageBase the address prefix under which this version's images are served
	 */
	Checked check(Map<String, byte[]> files, Map<String, String> storedImages, String imageBase) {
		Path temp = null;
		try {
			temp = Files.createTempDirectory("egide-upload");
			return check(files, storedImages, imageBase, temp);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			delete(temp);
		}
	}

	private Checked check(Map<String, byte[]> files, Map<String, String> storedImages, String imageBase, Path temp)
			throws IOException {
		List<ContentProblem> problems = new ArrayList<>();
		Path courses = Files.createDirectory(temp.resolve("courses"));
		Path quizzes = Files.createDirectory(temp.resolve("quizzes"));
		Map<String, String> images = new LinkedHashMap<>(storedImages);
		Map<String, String> giftSources = new LinkedHashMap<>();
		int courseFiles = 0;
		for (var file : files.entrySet()) {
			String path = file.getKey();
			String lower = path.toLowerCase(Locale.ROOT);
			byte[] bytes = file.getValue();
			if (lower.equals("course.yaml") || lower.endsWith("/course.yaml")) {
				courseFiles++;
				write(courses.resolve(path), bytes);
			}
			else if (lower.endsWith(".md")) {
				write(courses.resolve(path), bytes);
			}
			else if (lower.endsWith(".yaml")) {
				write(quizzes.resolve(path), bytes);
			}
			else if (lower.endsWith(".gift") || lower.endsWith(".gift.txt")) {
				giftQuiz(path, bytes, quizzes, problems).ifPresent(yaml -> giftSources.put(path, yaml));
			}
			else if (ImageTypes.isImageName(path)) {
				checkImage(path, bytes, problems).ifPresent(type -> images.put(path, type));
			}
			else if (ImageTypes.isSvgName(path)) {
				problems.add(new ContentProblem(path, 0,
						"SVG images are not accepted (they can carry scripts): export the drawing as PNG"));
			}
			else if (lower.endsWith(".yml")) {
				problems.add(new ContentProblem(path, 0, "rename the file to .yaml"));
			}
			else {
				problems.add(new ContentProblem(path, 0, "unsupported file type: upload Markdown (.md), QCM (.yaml or "
						+ ".gift), images (.png, .jpg, .gif, .webp) or a .zip of them"));
			}
		}
		if (courseFiles > 1) {
			problems.add(new ContentProblem("course.yaml", 0, "an upload holds one course: found " + courseFiles
					+ " course.yaml files; upload each course on its own"));
		}
		ImageLinks links = (modulePath, destination) -> imageLink(courses, modulePath, destination, images, imageBase);
		var catalog = new CatalogFiles(this.markdown, links).read(courses);
		List<ContentProblem> catalogProblems = new ArrayList<>(catalog.problems());
		Course course = catalog.courses().isEmpty() ? null : catalog.courses().get(0);
		if (courseFiles == 0) {
			catalogProblems.removeIf(problem -> problem.message().startsWith("no course found"));
			if (catalog.modules().size() == 1) {
				CourseModule only = catalog.modules().values().iterator().next();
				course = new Course(only.id(), only.title(), only.summary(), only.language(), List.of(only.id()));
			}
			else if (catalog.modules().size() > 1) {
				problems.add(new ContentProblem("course.yaml", 0, "several modules and no course.yaml: add a "
						+ "course.yaml that lists them in the order members take them"));
			}
			else if (catalogProblems.isEmpty()) {
				problems.add(new ContentProblem("(upload)", 0, "no module: upload at least one Markdown file"));
			}
		}
		problems.addAll(catalogProblems);
		var quizFiles = new QuizFiles(this.markdown).read(quizzes, catalog.modules());
		problems.addAll(quizFiles.problems());
		Map<String, String> quizSources = new LinkedHashMap<>();
		Map<String, String> moduleSources = new LinkedHashMap<>();
		for (Quiz quiz : quizFiles.quizzes().values()) {
			quizSources.put(quiz.moduleId(), Files.readString(Path.of(quiz.source())));
		}
		for (CourseModule module : catalog.modules().values()) {
			moduleSources.put(module.id(), Files.readString(Path.of(module.source())));
		}
		List<ContentProblem> shown = problems.stream()
			.filter(problem -> !followsFromABrokenModule(problem, files, catalog.modules().keySet()))
			.map(problem -> relative(problem, temp))
			.toList();
		return new Checked(course, List.copyOf(catalog.modules().values()), quizFiles.quizzes(), quizSources,
				moduleSources, images, shown);
	}

	/**
	 * Whether a problem only repeats that a module with problems of its own is missing ("unknown
	 * module"): the author fixes the module, not the course or QCM that name it.
	 */
	private static boolean followsFromABrokenModule(ContentProblem problem, Map<String, byte[]> files,
			java.util.Set<String> loaded) {
		if (!problem.message().contains("unknown module '")) {
			return false;
		}
		return files.entrySet().stream().filter(file -> file.getKey().toLowerCase(Locale.ROOT).endsWith(".md"))
			.map(file -> DECLARED_ID.matcher(new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8)))
			.filter(java.util.regex.Matcher::find)
			.map(matcher -> matcher.group(1))
			.filter(id -> !loaded.contains(id))
			.anyMatch(id -> problem.message().contains("unknown module '" + id + "'"));
	}

	private Optional<String> giftQuiz(String path, byte[] bytes, Path quizzes, List<ContentProblem> problems)
			throws IOException {
		String name = path.substring(path.lastIndexOf('/') + 1);
		String moduleId = name.substring(0, name.indexOf('.'));
		var text = ContentFiles.decode(bytes, path, problems);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		var read = GiftReader.read(text.get(), path, moduleId);
		if (!read.problems().isEmpty()) {
			problems.addAll(read.problems());
			return Optional.empty();
		}
		String yaml = QuizYaml.write(read.quiz());
		write(quizzes.resolve(path + ".yaml"), yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return Optional.of(yaml);
	}

	private static Optional<String> checkImage(String path, byte[] bytes, List<ContentProblem> problems) {
		Optional<String> type = ImageTypes.detect(bytes);
		if (type.isEmpty() || !type.get().equals(ImageTypes.announced(path))) {
			problems.add(new ContentProblem(path, 0, "the file is not a " + ImageTypes.announced(path)
					+ " image: save it again as PNG, JPEG, GIF or WebP"));
			return Optional.empty();
		}
		return type;
	}

	private static Optional<String> imageLink(Path courses, String modulePath, String destination,
			Map<String, String> images, String imageBase) {
		Path module = Path.of(modulePath);
		Path folder = courses.relativize(module.getParent() == null ? courses : module.getParent());
		String target = folder.resolve(destination.split("[?#]", 2)[0]).normalize().toString().replace('\\', '/');
		if (target.startsWith("..") || !images.containsKey(target)) {
			return Optional.empty();
		}
		return Optional.of(imageBase + target);
	}

	private static void write(Path file, byte[] bytes) throws IOException {
		Files.createDirectories(file.getParent());
		Files.write(file, bytes);
	}

	/** A problem with the paths of the temporary folders taken out, as the author named the files. */
	private static ContentProblem relative(ContentProblem problem, Path temp) {
		String courses = temp.resolve("courses") + "/";
		String quizzes = temp.resolve("quizzes") + "/";
		String path = problem.path().replace(courses, "").replace(quizzes, "");
		if (path.endsWith(".gift.yaml") || path.endsWith(".gift.txt.yaml")) {
			path = path.substring(0, path.length() - ".yaml".length());
		}
		String message = problem.message().replace(courses, "").replace(quizzes, "");
		return new ContentProblem(path, problem.line(), message);
	}

	private static void delete(Path dir) {
		if (dir == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A temporary folder left behind is removed with the others by the system.
		}
	}

}
