package fr.egide.scorm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;

/** A package's entries, read back for assertions, or unzipped into a folder. */
final class ScormZip {

	private ScormZip() {
	}

	static Map<String, byte[]> entries(byte[] zip) {
		var entries = new LinkedHashMap<String, byte[]>();
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entries;
	}

	static String text(byte[] zip, String path) {
		return new String(entries(zip).get(path), StandardCharsets.UTF_8);
	}

	static void unzip(byte[] zip, Path folder) throws IOException {
		for (var entry : entries(zip).entrySet()) {
			Path target = folder.resolve(entry.getKey()).normalize();
			if (!target.startsWith(folder)) {
				throw new IllegalStateException("Entry outside the package: " + entry.getKey());
			}
			Files.createDirectories(target.getParent());
			Files.write(target, entry.getValue());
		}
	}

}
