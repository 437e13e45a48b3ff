package fr.egide.authoring;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Raster images an upload may carry, recognised by their first bytes rather than their name.
 * SVG is refused: it is a document that can run scripts, and sanitising it is a project of its own.
 */
final class ImageTypes {

	private static final Map<String, String> BY_EXTENSION = Map.of("png", "image/png", "jpg", "image/jpeg", "jpeg",
			"image/jpeg", "gif", "image/gif", "webp", "image/webp");

	private ImageTypes() {
	}

	static boolean isImageName(String path) {
		return BY_EXTENSION.containsKey(extension(path));
	}

	static boolean isSvgName(String path) {
		return extension(path).equals("svg") || extension(path).equals("svgz");
	}

	/** The content type the bytes really are, when they are one of the accepted raster formats. */
	static Optional<String> detect(byte[] bytes) {
		if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(bytes, 'G', 'I', 'F', '8') && bytes.length > 5 && (bytes[4] == '7' || bytes[4] == '9')
				&& bytes[5] == 'a') {
			return Optional.of("image/gif");
		}
		if (startsWith(bytes, 'R', 'I', 'F', 'F') && bytes.length >= 12 && bytes[8] == 'W' && bytes[9] == 'E'
				&& bytes[10] == 'B' && bytes[11] == 'P') {
			return Optional.of("image/webp");
		}
		return Optional.empty();
	}

	/** The content type the file name announces. */
	static String announced(String path) {
		return BY_EXTENSION.get(extension(path));
	}

	private static String extension(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
