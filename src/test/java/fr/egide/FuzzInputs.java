package fr.egide;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Turns a fuzz input into the files of an upload, so that seeds stay readable text. A line
 * {@code === name ===} starts a file called {@code name}; the lines up to the next such line
 * are its content. In a zip, a name ending with {@code /} is a folder and a name starting
 * with {@code @} a symbolic link whose target is the content.
 */
public final class FuzzInputs {

	private static final Pattern HEADER = Pattern.compile("(?m)^=== (.*) ===$\\n?");

	private FuzzInputs() {
	}

	public static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/** The files of the input by name, in order; a repeated name keeps its last content. */
	public static Map<String, byte[]> files(byte[] bytes) {
		String text = text(bytes);
		Map<String, byte[]> files = new LinkedHashMap<>();
		Matcher header = HEADER.matcher(text);
		String name = null;
		int start = 0;
		while (header.find()) {
			if (name != null) {
				files.put(name, content(text, start, header.start()));
			}
			name = header.group(1);
			start = header.end();
		}
		if (name != null) {
			files.put(name, content(text, start, text.length()));
		}
		return files;
	}

	/** The files of the input packed as a zip, links and folders included. */
	public static byte[] zip(byte[] bytes) {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipArchiveOutputStream(out)) {
			for (var file : files(bytes).entrySet()) {
				String name = file.getKey();
				boolean link = name.startsWith("@");
				var entry = new ZipArchiveEntry(link ? name.substring(1) : name);
				if (link) {
					entry.setUnixMode(UnixStat.LINK_FLAG | 0777);
				}
				zip.putArchiveEntry(entry);
				if (!entry.isDirectory()) {
					zip.write(file.getValue());
				}
				zip.closeArchiveEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] content(String text, int start, int end) {
		return text.substring(start, end).getBytes(StandardCharsets.UTF_8);
	}

}
