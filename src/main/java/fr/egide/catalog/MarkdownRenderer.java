package fr.egide.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders author Markdown to HTML that is safe to show: raw HTML is escaped, and link and
 * image targets are limited to http, https, mailto and relative addresses. Thread-safe.
 */
public final class MarkdownRenderer {

	private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");

	private final Parser parser;

	private final HtmlRenderer blocks;

	private final HtmlRenderer inline;

	public MarkdownRenderer() {
		List<Extension> extensions = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
		this.parser = Parser.builder()
			.extensions(extensions)
			.includeSourceSpans(IncludeSourceSpans.BLOCKS)
			.build();
		var sanitizer = new DefaultUrlSanitizer(ALLOWED_SCHEMES);
		this.blocks = HtmlRenderer.builder()
			.extensions(extensions)
			.escapeHtml(true)
			.sanitizeUrls(true)
			.urlSanitizer(sanitizer)
			.build();
		this.inline = HtmlRenderer.builder()
			.escapeHtml(true)
			.sanitizeUrls(true)
			.urlSanitizer(sanitizer)
			.omitSingleParagraphP(true)
			.build();
	}

	/** A short text such as a question or a choice: inline Markdown, no wrapping paragraph. */
	public String inline(String markdown) {
		return this.inline.render(this.parser.parse(markdown)).strip();
	}

	public String block(String markdown) {
		return this.blocks.render(this.parser.parse(markdown));
	}

	/** Problems an author must fix in free Markdown (a charter, an abstract), with lines in {@code path}. */
	public List<ContentProblem> problems(String markdown, String path) {
		List<ContentProblem> problems = new ArrayList<>();
		reportUnsafeLinks((Document) this.parser.parse(markdown), path, 0, problems);
		return problems;
	}

	/**
	 * Splits a module body into its introduction and its {@code ##} sections.
	 * @param lineOffset lines of the file that precede the body, so problems point at the file
	 */
	RenderedBody renderBody(String body, String path, int lineOffset, List<ContentProblem> problems) {
		return renderBody(body, path, lineOffset, problems, ImageLinks.UNCHANGED);
	}

	/** As {@link #renderBody(String, String, int, List)}, with relative image addresses resolved by {@code images}. */
	RenderedBody renderBody(String body, String path, int lineOffset, List<ContentProblem> problems,
			ImageLinks images) {
		Document document = (Document) this.parser.parse(body);
		reportUnsafeLinks(document, path, lineOffset, problems);
		resolveImages(document, path, lineOffset, problems, images);
		List<Node> intro = new ArrayList<>();
		List<Section> sections = new ArrayList<>();
		String title = null;
		List<Node> current = intro;
		List<Node> children = new ArrayList<>();
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			children.add(node);
		}
		for (Node node : children) {
			if (node instanceof Heading heading && heading.getLevel() <= 2) {
				if (heading.getLevel() == 1) {
					problems.add(new ContentProblem(path, lineOf(node, lineOffset),
							"use '##' for sections: the module title comes from the front matter"));
					continue;
				}
				if (title != null) {
					sections.add(new Section(sections.size() + 1, title, renderNodes(current)));
				}
				title = textOf(heading);
				current = new ArrayList<>();
				continue;
			}
			current.add(node);
		}
		if (title != null) {
			sections.add(new Section(sections.size() + 1, title, renderNodes(current)));
		}
		return new RenderedBody(renderNodes(intro), sections);
	}

	record RenderedBody(String introHtml, List<Section> sections) {
	}

	private String renderNodes(List<Node> nodes) {
		Document document = new Document();
		nodes.forEach(document::appendChild);
		return this.blocks.render(document);
	}

	private static void reportUnsafeLinks(Document document, String path, int lineOffset,
			List<ContentProblem> problems) {
		Consumer<Node> check = node -> {
			String destination = node instanceof Link link ? link.getDestination() : ((Image) node).getDestination();
			String scheme = schemeOf(destination);
			if (scheme != null && !ALLOWED_SCHEMES.contains(scheme)) {
				problems.add(new ContentProblem(path, lineOf(node, lineOffset), "link to '" + destination
						+ "' is not allowed: use http, https, mailto or a relative address"));
			}
		};
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Link link) {
				check.accept(link);
				visitChildren(link);
			}

			@Override
			public void visit(Image image) {
				check.accept(image);
				visitChildren(image);
			}
		});
	}

	private static void resolveImages(Document document, String path, int lineOffset, List<ContentProblem> problems,
			ImageLinks images) {
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Image image) {
				String destination = image.getDestination();
				if (schemeOf(destination) == null && !destination.startsWith("/")) {
					images.resolve(path, destination)
						.ifPresentOrElse(image::setDestination,
								() -> problems.add(new ContentProblem(path, lineOf(image, lineOffset), "image '"
										+ destination + "' is not in the upload: add the file or fix its name")));
				}
				visitChildren(image);
			}
		});
	}

	private static String schemeOf(String destination) {
		String cleaned = destination.replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
		int colon = cleaned.indexOf(':');
		int slash = cleaned.indexOf('/');
		if (colon <= 0 || (slash >= 0 && slash < colon)) {
			return null;
		}
		return cleaned.substring(0, colon);
	}

	private static int lineOf(Node node, int lineOffset) {
		for (Node at = node; at != null; at = at.getParent()) {
			if (!at.getSourceSpans().isEmpty()) {
				return at.getSourceSpans().get(0).getLineIndex() + 1 + lineOffset;
			}
		}
		return lineOffset + 1;
	}

	private static String textOf(Node node) {
		var text = new StringBuilder();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Text literal) {
				text.append(literal.getLiteral());
			}
		});
		return text.toString().strip();
	}

}
