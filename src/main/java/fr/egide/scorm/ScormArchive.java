package fr.egide.scorm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import fr.egide.catalog.ArchivePaths;
import fr.egide.catalog.ContentProblem;

/**
 * Unpacks an uploaded SCORM package into a folder, refusing it whole before anything is written
 * when an entry would leave the folder ({@code ..}, absolute paths, drive letters), is a link,
 * or when the archive announces too many entries or too many bytes; sizes are counted again
 * while inflating since a zip may lie about them.
 */
final class ScormArchive {

	static final int MAX_ENTRIES = 5_000;

	static final long MAX_UNPACKED_BYTES = 200_000_000;

	static final long MAX_EXPANSION_RATIO = 200;

	private ScormArchive() {
	}

	/** Unpacks {@code zip} into {@code target} (created); on any problem nothing stays in it. */
	static List<ContentProblem> unpack(String name, byte[] zip, Path target) {
		List<ContentProblem> problems = new ArrayList<>();
		try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
			List<ZipArchiveEntry> entries = new ArrayList<>();
			long announced = 0;
			var all = file.getEntries();
			while (all.hasMoreElements()) {
				ZipArchiveEntry entry = all.nextElement();
				if (entries.size() == MAX_ENTRIES) {
					problems.add(new ContentProblem(name, 0, "more than " + MAX_ENTRIES + " entries"));
					return problems;
				}
				entries.add(entry);
				announced += Math.max(0, entry.getSize());
				check(name, entry, target, problems);
			}
			if (announced > MAX_UNPACKED_BYTES) {
				problems.add(new ContentProblem(name, 0,
						"unpacks to more than " + MAX_UNPACKED_BYTES / 1_000_000 + " MB"));
			}
			if (!problems.isEmpty()) {
				return problems;
			}
			Files.createDirectories(target);
			long written = 0;
			for (ZipArchiveEntry entry : entries) {
				Path path = target.resolve(entry.getName()).normalize();
				if (entry.isDirectory()) {
					Files.createDirectories(path);
					continue;
				}
				Files.createDirectories(path.getParent());
				written += copy(file, entry, path, MAX_UNPACKED_BYTES - written);
			}
		}
		catch (TooLarge ex) {
			problems.add(new ContentProblem(name, 0, ex.getMessage()));
		}
		catch (IOException | RuntimeException ex) {
			problems.add(new ContentProblem(name, 0, "not a readable zip file: " + ex.getMessage()));
		}
		if (!problems.isEmpty()) {
			delete(target);
		}
		return problems;
	}

	private static void check(String name, ZipArchiveEntry entry, Path target, List<ContentProblem> problems) {
		String path = entry.getName();
		String shown = name + "!/" + path;
		var refused = ArchivePaths.problem(path);
		if (refused.isPresent()) {
			problems.add(new ContentProblem(shown, 0, refused.get()));
		}
		else if (!target.resolve(path).normalize().startsWith(target)) {
			problems.add(new ContentProblem(shown, 0, "paths with '..' are not accepted"));
		}
		else if (entry.isUnixSymlink()) {
			problems.add(new ContentProblem(shown, 0, "symbolic links are not accepted"));
		}
	}

	private static long copy(ZipFile file, ZipArchiveEntry entry, Path path, long budget) throws IOException {
		long count = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = file.getInputStream(entry); OutputStream out = Files.newOutputStream(path)) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				count += read;
				if (count > budget) {
					throw new TooLarge("unpacks to more than " + MAX_UNPACKED_BYTES / 1_000_000 + " MB");
				}
				if (count > 10_000_000 && count / Math.max(1, entry.getCompressedSize()) > MAX_EXPANSION_RATIO) {
					throw new TooLarge(entry.getName() + " is compressed more than " + MAX_EXPANSION_RATIO
							+ " times: this looks like a zip bomb");
				}
				out.write(buffer, 0, read);
			}
		}
		return count;
	}

	static void delete(Path dir) {
		if (dir == null || !Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// Left for the next clean-up; the folder is never served without its package record.
		}
	}

	private static final class TooLarge extends IOException {

		TooLarge(String message) {
			super(message);
		}

	}

}
