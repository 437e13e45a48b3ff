package fr.egide.scorm;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The images of one package: rewrites every {@code <img>} of rendered HTML to its copy under
 * {@code images/}, and replaces an image that cannot be found by its text alternative, so
 * that a package never points outside itself.
 */
class PackageImages {

	private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");

	private final ScormImages images;

	private final Map<String, byte[]> files = new LinkedHashMap<>();

	private final Map<String, Optional<String>> paths = new LinkedHashMap<>();

	private final Set<String> used = new LinkedHashSet<>();

	PackageImages(ScormImages images) {
		this.images = images;
	}

	/** The HTML with its images pointing into the package, seen from a page one folder deep. */
	String rewrite(String html) {
		if (html == null || html.isEmpty()) {
			return "";
		}
		Matcher tags = IMG.matcher(html);
		StringBuilder out = new StringBuilder();
		while (tags.find()) {
			Map<String, String> attributes = new LinkedHashMap<>();
			Matcher attribute = ATTRIBUTE.matcher(tags.group());
			while (attribute.find()) {
				attributes.put(attribute.group(1).toLowerCase(), attribute.group(2));
			}
			String src = HtmlUtils.htmlUnescape(attributes.getOrDefault("src", ""));
			String alt = attributes.getOrDefault("alt", "");
			Optional<String> path = pathOf(src);
			path.ifPresent(this.used::add);
			String replacement = path
				.map(found -> "<img src=\"../" + HtmlUtils.htmlEscape(found) + "\" alt=\"" + alt + "\">")
				.orElse("<span class=\"image-missing\">" + alt + "</span>");
			tags.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		tags.appendTail(out);
		return out.toString();
	}

	/** Every image found so far, by its path in the package. */
	Map<String, byte[]> files() {
		return this.files;
	}

	/** The paths of the images rewritten since the last call: those of one page. */
	List<String> drainUsed() {
		List<String> paths = List.copyOf(this.used);
		this.used.clear();
		return paths;
	}

	private Optional<String> pathOf(String src) {
		return this.paths.computeIfAbsent(src, key -> this.images.bytes(key).map(bytes -> {
			String path = packagePath(key);
			while (this.files.containsKey(path)) {
				path = path.replaceFirst("(\\.[^./]*)?$", "-" + this.files.size() + "$1");
			}
			this.files.put(path, bytes);
			return path;
		}));
	}

	/** {@code images/} and the address's own segments, made safe: no absolute path, no {@code ..}. */
	static String packagePath(String src) {
		String path = src.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*:", "").replaceAll("[?#].*$", "");
		StringBuilder safe = new StringBuilder("images");
		for (String segment : path.split("/")) {
			String cleaned = segment.replaceAll("[^A-Za-z0-9._-]", "_");
			if (!cleaned.isEmpty() && !cleaned.matches("\\.+")) {
				safe.append('/').append(cleaned);
			}
		}
		return safe.toString().equals("images") ? "images/image" : safe.toString();
	}

}
