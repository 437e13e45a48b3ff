package fr.egide.scorm;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScormPackageImagesTests {

	private static final byte[] PNG = { 1, 2, 3 };

	private final PackageImages images = new PackageImages(
			src -> src.equals("/material/cours/1/images/a&b.png") ? Optional.of(PNG) : Optional.empty());

	@Test
	void foundImagesMoveIntoThePackage() {
		String html = images.rewrite("<p><img src=\"/material/cours/1/images/a&amp;b.png\" alt=\"Schéma &amp; légende\" /></p>");
		assertThat(html).isEqualTo("<p><img src=\"../images/material/cours/1/images/a_b.png\" alt=\"Schéma &amp; légende\"></p>");
		assertThat(this.images.files()).containsOnlyKeys("images/material/cours/1/images/a_b.png");
		assertThat(this.images.drainUsed()).containsExactly("images/material/cours/1/images/a_b.png");
		assertThat(this.images.drainUsed()).isEmpty();
	}

	@Test
	void missingImagesLeaveTheirTextAlternative() {
		String html = images.rewrite("<img src=\"https://example.org/x.png\" alt=\"Logo &lt;b&gt;\">");
		assertThat(html).isEqualTo("<span class=\"image-missing\">Logo &lt;b&gt;</span>");
		assertThat(this.images.files()).isEmpty();
	}

	@Test
	void packagePathsStayInsideThePackage() {
		assertThat(PackageImages.packagePath("/../../etc/passwd")).isEqualTo("images/etc/passwd");
		assertThat(PackageImages.packagePath("file:///C:/x y.png?z=1")).isEqualTo("images/C_/x_y.png");
		assertThat(Map.of()).isEmpty();
	}

}
