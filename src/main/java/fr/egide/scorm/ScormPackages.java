package fr.egide.scorm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import fr.egide.catalog.Course;
import fr.egide.catalog.CourseCatalog;
import fr.egide.catalog.CourseModule;
import fr.egide.quiz.QuizBank;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * SCORM packages of Égide's courses and modules, for another LMS: {@code imsmanifest.xml},
 * one SCO per module ({@code <moduleId>/index.html}), the shared style and scripts, and the
 * images the modules show. Callers check that the course or module is theirs to export.
 */
@Service
public class ScormPackages {

	private static final Map<String, String> SHARED = Map.of("shared/egide.css", "static/css/egide.css",
			"shared/egide-scorm.js", "scorm/egide-scorm.js", "shared/egide-sco.js", "scorm/egide-sco.js");

	private static final List<String> SHARED_ORDER = List.of("shared/egide.css", "shared/egide-scorm.js",
			"shared/egide-sco.js");

	private final CourseCatalog catalog;

	private final QuizBank quizzes;

	private final ScoPage page;

	private final ScormImages images;

	ScormPackages(CourseCatalog catalog, QuizBank quizzes, ScoPage page, ObjectProvider<ScormImages> images) {
		this.catalog = catalog;
		this.quizzes = quizzes;
		this.page = page;
		this.images = images.getIfAvailable(() -> src -> Optional.empty());
	}

	/** The course's current modules, one SCO each, in course order. */
	public byte[] course(Course course, ScormVersion version) {
		List<CourseModule> modules = course.moduleIds()
			.stream()
			.distinct()
			.flatMap(id -> this.catalog.module(id).stream())
			.toList();
		return zip(course.id(), course.title(), modules, version);
	}

	/** One module as a package of its own. */
	public byte[] module(CourseModule module, ScormVersion version) {
		return zip(module.id(), module.title(), List.of(module), version);
	}

	private byte[] zip(String id, String title, List<CourseModule> modules, ScormVersion version) {
		var packageImages = new PackageImages(this.images);
		Map<String, byte[]> files = new LinkedHashMap<>();
		List<ScormManifest.Sco> scos = new ArrayList<>();
		for (CourseModule module : modules) {
			var quiz = this.quizzes.quiz(module.id());
			String folder = ScormManifest.identifier(module.id());
			String html = this.page.render(module, quiz, version, packageImages);
			List<String> moduleFiles = new ArrayList<>();
			moduleFiles.add(folder + "/index.html");
			moduleFiles.addAll(packageImages.drainUsed());
			files.put(folder + "/index.html", html.getBytes(StandardCharsets.UTF_8));
			scos.add(new ScormManifest.Sco(module.id(), module.title(), quiz.map(found -> found.passMark()).orElse(null),
					moduleFiles));
		}
		files.putAll(packageImages.files());
		SHARED_ORDER.forEach(path -> files.put(path, read(SHARED.get(path))));
		byte[] manifest = ScormManifest.write(version, id, title, scos, SHARED_ORDER);
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			put(zip, "imsmanifest.xml", manifest);
			for (var file : files.entrySet()) {
				put(zip, file.getKey(), file.getValue());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void put(ZipOutputStream zip, String path, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(path));
		zip.write(content);
		zip.closeEntry();
	}

	private static byte[] read(String classpathLocation) {
		try (var in = new ClassPathResource(classpathLocation).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Missing " + classpathLocation, ex);
		}
	}

}
