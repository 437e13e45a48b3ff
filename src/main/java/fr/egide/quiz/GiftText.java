package fr.egide.quiz;

import java.text.Normalizer;
import java.util.Locale;

import fr.egide.catalog.YamlMap;

/**
 * The escaping rules of Moodle's GIFT format: {@code \~ \= \# \{ \} \: \\} stand for the
 * character itself and {@code \n} for a line break.
 */
final class GiftText {

	private static final String SPECIAL = "~=#{}:\\";

	private GiftText() {
	}

	/** The index of {@code token} at or after {@code from}, skipping escaped characters; -1 if none. */
	static int indexOf(String text, String token, int from) {
		int i = Math.max(0, from);
		while (i < text.length()) {
			if (text.charAt(i) == '\\') {
				i += 2;
			}
			else if (text.startsWith(token, i)) {
				return i;
			}
			else {
				i++;
			}
		}
		return -1;
	}

	/** The text with its escapes replaced; an unknown escape is kept as written. */
	static String unescape(String raw) {
		StringBuilder out = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '\\' && i + 1 < raw.length()) {
				char next = raw.charAt(i + 1);
				if (SPECIAL.indexOf(next) >= 0) {
					out.append(next);
					i++;
					continue;
				}
				if (next == 'n') {
					out.append('\n');
					i++;
					continue;
				}
			}
			out.append(c);
		}
		return out.toString();
	}

	/** The text escaped to be read back by {@link #unescape(String)}, on one line. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
		for (int i = 0; i < normalized.length(); i++) {
			char c = normalized.charAt(i);
			if (c == '\n') {
				out.append("\\n");
			}
			else if (c == '\\' && normalized.startsWith("->", i + 1)) {
				// Written as is: an unknown escape that unescape keeps, and that hides '->' (a
				// matching question) from the reader; a doubled backslash would not.
				out.append(c);
			}
			else {
				if (SPECIAL.indexOf(c) >= 0) {
					out.append('\\');
				}
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * A question id made from a title: lowercase ASCII letters, digits and dashes, at most
	 * 64 characters; empty when the title has no letter or digit.
	 */
	static String slug(String title) {
		if (YamlMap.isId(title)) {
			return title;
		}
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.replace("œ", "oe")
			.replace("Œ", "OE")
			.replace("æ", "ae")
			.replace("Æ", "AE")
			.replace("ß", "ss")
			.toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder();
		boolean dash = false;
		for (int i = 0; i < ascii.length() && out.length() < 64; i++) {
			char c = ascii.charAt(i);
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				if (dash && !out.isEmpty()) {
					out.append('-');
				}
				dash = false;
				out.append(c);
			}
			else {
				dash = true;
			}
		}
		String slug = out.length() > 64 ? out.substring(0, 64) : out.toString();
		while (slug.endsWith("-")) {
			slug = slug.substring(0, slug.length() - 1);
		}
		return slug;
	}

}
