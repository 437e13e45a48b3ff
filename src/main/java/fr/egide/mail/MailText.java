package fr.egide.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A mail's plain text cut into pieces for display, so that only {@code http(s)} URLs become
 * links. The template prints every piece with {@code th:text}: nothing in a mail is markup.
 */
final class MailText {

	private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);

	private static final String TRAILING_PUNCTUATION = ".,;:!?)]}'»";

	private MailText() {
	}

	/** A piece of text, and the address it links to when it is a URL. */
	record Segment(String text, String href) {

		public boolean link() {
			return this.href != null;
		}

	}

	static List<Segment> segments(String text) {
		List<Segment> segments = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return segments;
		}
		var matcher = URL.matcher(text);
		int start = 0;
		while (matcher.find()) {
			String url = trimPunctuation(matcher.group());
			if (url.endsWith("://")) {
				continue;
			}
			int end = matcher.start() + url.length();
			if (matcher.start() > start) {
				segments.add(new Segment(text.substring(start, matcher.start()), null));
			}
			segments.add(new Segment(url, url));
			start = end;
		}
		if (start < text.length()) {
			segments.add(new Segment(text.substring(start), null));
		}
		return segments;
	}

	private static String trimPunctuation(String url) {
		int end = url.length();
		while (end > 0 && TRAILING_PUNCTUATION.indexOf(url.charAt(end - 1)) >= 0) {
			end--;
		}
		return url.substring(0, end);
	}

}
