package fr.egide.system;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where Égide keeps files of its own: the embedded store and generated keys. */
@Component
public class DataDirectory {

	private final Path path;

	DataDirectory(@Value("${egide.data-dir:./data}") Path path) {
		EmbeddedStoreConfiguration.createDirectories(path);
		this.path = path;
	}

	public Path path() {
		return this.path;
	}

}
