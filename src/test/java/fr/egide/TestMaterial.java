package fr.egide;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Speakers' material for tests: a course with one module, its QCM and an image, zipped. */
public final class TestMaterial {

	/** A 1×1 PNG. */
	public static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

	private TestMaterial() {
	}

	/** A fresh id, so that tests sharing one catalogue never collide. */
	public static String id(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public static String module(String id, String title, String body) {
		return """
				---
				id: %s
				title: "%s"
				summary: "Un module déposé par un intervenant."
				minutes: 5
				language: fr
				version: 1
				objectives:
				  - "Reconnaître une approche"
				---
				%s
				""".formatted(id, title, body);
	}

	public static String body(String marker) {
		return """
				## Première page

				Texte de la première page (%s).

				![Schéma](images/schema.png)

				## Deuxième page

				Texte de la deuxième page.
				""".formatted(marker);
	}

	public static String quiz(String moduleId) {
		return """
				module: %s
				pass-mark: 50
				shuffle: false
				questions:
				  - id: q1
				    text: "Que faire d’une clé USB trouvée ?"
				    choices:
				      - text: "La brancher pour trouver son propriétaire"
				      - text: "La remettre au référent sécurité"
				        correct: true
				    explanation: "Une clé trouvée peut être piégée."
				  - id: q2
				    type: true-false
				    text: "Un salon est un lieu propice aux approches."
				    answer: true
				    explanation: "Oui."
				""".formatted(moduleId);
	}

	public static String course(String id, String title, String moduleId) {
		return """
				id: %s
				title: "%s"
				language: fr
				modules:
				  - %s
				""".formatted(id, title, moduleId);
	}

	/** A valid bundle: a course with one module, its QCM and the image it shows. */
	public static byte[] bundle(String courseId, String moduleId, String title) {
		var files = new LinkedHashMap<String, byte[]>();
		files.put("course.yaml", utf8(course(courseId, title, moduleId)));
		files.put(moduleId + ".md", utf8(module(moduleId, title, body(title))));
		files.put(moduleId + ".yaml", utf8(quiz(moduleId)));
		files.put("images/schema.png", PNG);
		return zip(files);
	}

	public static byte[] zip(Map<String, byte[]> entries) {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			for (var entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** Uploads and publishes a bundle as {@code speaker}; returns the version page's path. */
	public static String publish(WebClient speaker, byte[] bundle) {
		var upload = speaker.upload("/speaker/material", "files", "bundle.zip", bundle, Map.of());
		assertThat(upload.redirectsTo("/speaker/material/")).as(upload.body()).isTrue();
		String version = java.net.URI.create(upload.location()).getPath();
		assertThat(speaker.post(version + "/publish", Map.of()).redirectsTo(version)).isTrue();
		return version;
	}

}
