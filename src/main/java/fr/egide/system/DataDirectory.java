package fr.egide.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where Égide keeps files of its own: the embedded store and generated keys. */
@Component
public class DataDirectory {

	private final Path path;

	DataDirectory(@Value("${egide.data-dir:./data}") Path path) {
		createDirectories(path);
		this.path = path;
	}

	public Path path() {
		return this.path;
	}

	private static void createDirectories(Path dir) {
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create data directory " + dir.toAbsolutePath(), ex);
		}
	}

}
