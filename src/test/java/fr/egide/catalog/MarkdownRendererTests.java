package fr.egide.catalog;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTests {

	private final MarkdownRenderer markdown = new MarkdownRenderer();

	@Test
	void rawHtmlIsShownAsTextNeverInterpreted() {
		String html = this.markdown.block("Bonjour <script>alert(1)</script> <img src=x onerror=alert(1)>");
		assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
	}

	@Test
	void onlyHttpHttpsMailtoAndRelativeLinksSurvive() {
		String html = this.markdown.block("[a](javascript:alert(1)) [b](data:text/html;base64,xx) [c](vbscript:x) "
				+ "[d](https://anssi.gouv.fr) [e](mailto:ie@pole.fr) [f](images/plan.png) [g](JaVaScRiPt:alert(1))");
		assertThat(html).doesNotContainIgnoringCase("javascript:")
			.doesNotContain("data:")
			.doesNotContain("vbscript:")
			.contains("href=\"https://anssi.gouv.fr\"")
			.contains("href=\"mailto:ie@pole.fr\"")
			.contains("href=\"images/plan.png\"");
	}

	@Test
	void tablesRender() {
		assertThat(this.markdown.block("| a | b |\n|---|---|\n| 1 | 2 |")).contains("<table>").contains("<td>1</td>");
	}

	@Test
	void inlineTextHasNoWrappingParagraph() {
		assertThat(this.markdown.inline("Un *mot* <b>gras</b>")).isEqualTo("Un <em>mot</em> &lt;b&gt;gras&lt;/b&gt;");
	}

	@Test
	void bodySplitsIntoSectionsAtEverySecondLevelHeading() {
		List<ContentProblem> problems = new ArrayList<>();
		var body = this.markdown.renderBody("Intro\n\n## Un\n\nTexte un\n\n### Sous-titre\n\n## Deux\n\nTexte deux\n",
				"m.md", 10, problems);
		assertThat(problems).isEmpty();
		assertThat(body.introHtml()).contains("Intro");
		assertThat(body.sections()).extracting(Section::title).containsExactly("Un", "Deux");
		assertThat(body.sections().get(0).html()).contains("Texte un").contains("<h3").doesNotContain("Texte deux");
		assertThat(body.sections().get(1).number()).isEqualTo(2);
	}

	@Test
	void firstLevelHeadingAndUnsafeLinksAreReportedWithTheirFileLine() {
		List<ContentProblem> problems = new ArrayList<>();
		this.markdown.renderBody("## Un\n\n# Titre\n\nVoir [ici](javascript:alert(1)).\n", "m.md", 10, problems);
		assertThat(problems).extracting(ContentProblem::toString)
			.containsExactlyInAnyOrder("m.md:13: use '##' for sections: the module title comes from the front matter",
					"m.md:15: link to 'javascript:alert(1)' is not allowed: use http, https, mailto or a relative address");
	}

}
