package fr.egide.catalog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reading content files as authors write them: UTF-8 text of a bounded size. */
public final class ContentFiles {

	public static final long MAX_FILE_BYTES = 1_000_000;

	private ContentFiles() {
	}

	/** The file's text, or empty with a problem saying why it cannot be read. */
	public static Optional<String> readText(Path file, String shownPath, List<ContentProblem> problems) {
		try {
			if (Files.size(file) > MAX_FILE_BYTES) {
				problems.add(new ContentProblem(shownPath, 1,
						"file is larger than " + MAX_FILE_BYTES / 1000 + " kB; split it"));
				return Optional.empty();
			}
			return decode(Files.readAllBytes(file), shownPath, problems);
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(shownPath, 1, "cannot read file: " + ex.getMessage()));
		}
		return Optional.empty();
	}

	/** Bytes as author text: UTF-8 only, byte-order mark dropped; empty with a problem otherwise. */
	public static Optional<String> decode(byte[] bytes, String shownPath, List<ContentProblem> problems) {
		if (bytes.length > MAX_FILE_BYTES) {
			problems.add(new ContentProblem(shownPath, 1,
					"file is larger than " + MAX_FILE_BYTES / 1000 + " kB; split it"));
			return Optional.empty();
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
		}
		catch (CharacterCodingException ex) {
			problems.add(new ContentProblem(shownPath, 1, "not UTF-8 text: save the file as UTF-8"));
			return Optional.empty();
		}
	}

	/** Regular files under {@code dir}, sorted, for a stable order of problems and content. */
	public static List<Path> list(Path dir, String suffix) throws IOException {
		try (Stream<Path> files = Files.walk(dir, 4)) {
			return files.filter(Files::isRegularFile)
				.filter(file -> file.getFileName().toString().endsWith(suffix))
				.filter(file -> !file.getFileName().toString().equalsIgnoreCase("README.md"))
				.sorted()
				.toList();
		}
	}

	/** The path as the author knows it: the folder they named, then the file inside. */
	public static String shown(Path dir, Path file) {
		return dir.resolve(dir.relativize(file)).toString().replace('\\', '/');
	}

}
