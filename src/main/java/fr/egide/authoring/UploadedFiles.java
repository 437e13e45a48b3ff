package fr.egide.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import fr.egide.catalog.ArchivePaths;
import fr.egide.catalog.ContentProblem;

/**
 * The files of an upload by their path in it: loose files as named, a zip's entries as their
 * path inside it. Hostile archives are refused before anything is unpacked: paths leaving the
 * upload ({@code ..}, absolute, drive letters, backslashes), links, too many entries, sizes or
 * expansion ratios that announce a bomb. Sizes are counted again while inflating, since a zip
 * may lie about them. Nothing touches the disk.
 */
final class UploadedFiles {

	private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,99}");

	private final Map<String, byte[]> files = new LinkedHashMap<>();

	private final List<ContentProblem> problems = new ArrayList<>();

	private long total;

	Map<String, byte[]> files() {
		return this.files;
	}

	List<ContentProblem> problems() {
		return this.problems;
	}

	/** Adds one uploaded file; a {@code .zip} is opened and its entries added instead. */
	void add(String name, byte[] content) {
		String path = name == null ? "" : name.replace('\\', '/');
		path = path.substring(path.lastIndexOf('/') + 1);
		if (path.toLowerCase(Locale.ROOT).endsWith(".zip")) {
			addZip(path, content);
		}
		else if (checkedPath(path, path)) {
			put(path, path, content);
		}
	}

	private void addZip(String zipName, byte[] content) {
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			List<ZipArchiveEntry> entries = new ArrayList<>();
			var all = zip.getEntries();
			long announced = 0;
			while (all.hasMoreElements()) {
				ZipArchiveEntry entry = all.nextElement();
				if (entries.size() >= UploadLimits.MAX_FILES) {
					this.problems.add(new ContentProblem(zipName, 0,
							"more than " + UploadLimits.MAX_FILES + " entries: split the bundle"));
					return;
				}
				entries.add(entry);
				announced += Math.max(0, entry.getSize());
			}
			if (announced > UploadLimits.MAX_UNPACKED_BYTES) {
				this.problems.add(new ContentProblem(zipName, 0, "unpacks to more than "
						+ UploadLimits.MAX_UNPACKED_BYTES / 1_000_000 + " MB: remove large files"));
				return;
			}
			for (ZipArchiveEntry entry : entries) {
				String shown = zipName + "!/" + entry.getName();
				if (entry.isDirectory() || ignored(entry.getName())) {
					continue;
				}
				if (entry.isUnixSymlink()) {
					this.problems.add(new ContentProblem(shown, 0, "symbolic links are not accepted"));
					continue;
				}
				if (checkedPath(entry.getName(), shown)) {
					read(zip, entry, shown).ifPresent(bytes -> put(entry.getName(), shown, bytes));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			this.problems.add(new ContentProblem(zipName, 0, "not a readable zip file: " + ex.getMessage()));
		}
	}

	private java.util.Optional<byte[]> read(ZipFile zip, ZipArchiveEntry entry, String shown) throws IOException {
		long limit = Math.min(UploadLimits.MAX_UNPACKED_BYTES - this.total, UploadLimits.MAX_IMAGE_BYTES);
		try (InputStream in = zip.getInputStream(entry)) {
			byte[] bytes = in.readNBytes((int) limit + 1);
			long compressed = Math.max(1, entry.getCompressedSize());
			if (bytes.length > limit) {
				this.problems.add(new ContentProblem(shown, 0, "file is too large (over " + limit / 1000 + " kB)"));
				return java.util.Optional.empty();
			}
			if (bytes.length > 1_000_000 && bytes.length / compressed > UploadLimits.MAX_EXPANSION_RATIO) {
				this.problems.add(new ContentProblem(shown, 0, "compressed " + bytes.length / compressed
						+ " times: this looks like a zip bomb"));
				return java.util.Optional.empty();
			}
			return java.util.Optional.of(bytes);
		}
	}

	private void put(String path, String shown, byte[] content) {
		this.total += content.length;
		if (this.total > UploadLimits.MAX_UNPACKED_BYTES) {
			this.problems.add(new ContentProblem(shown, 0,
					"the upload holds more than " + UploadLimits.MAX_UNPACKED_BYTES / 1_000_000 + " MB"));
		}
		else if (this.files.size() >= UploadLimits.MAX_FILES) {
			this.problems.add(new ContentProblem(shown, 0, "more than " + UploadLimits.MAX_FILES + " files"));
		}
		else if (this.files.putIfAbsent(path, content) != null) {
			this.problems.add(new ContentProblem(shown, 0, "a file with this name was already uploaded"));
		}
	}

	/** Whether a path stays inside the upload and uses names every system can store. */
	private boolean checkedPath(String path, String shown) {
		var refused = ArchivePaths.problem(path);
		if (refused.isPresent()) {
			this.problems.add(new ContentProblem(shown, 0, refused.get()));
			return false;
		}
		String[] segments = path.split("/");
		if (segments.length > 4) {
			this.problems.add(new ContentProblem(shown, 0, "folders nested too deep (at most 3)"));
			return false;
		}
		for (String segment : segments) {
			if (!SEGMENT.matcher(segment).matches()) {
				this.problems.add(new ContentProblem(shown, 0, "rename '" + segment
						+ "': use letters without accents, digits, '.', '_' and '-' only"));
				return false;
			}
		}
		return true;
	}

	private static boolean ignored(String name) {
		String last = name.substring(name.lastIndexOf('/') + 1);
		return name.startsWith("__MACOSX/") || last.equals(".DS_Store") || last.equalsIgnoreCase("Thumbs.db");
	}

}
