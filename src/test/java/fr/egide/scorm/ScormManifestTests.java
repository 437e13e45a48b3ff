package fr.egide.scorm;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.egide.EgideTest;
import fr.egide.catalog.Course;
import fr.egide.catalog.CourseCatalog;
import fr.egide.quiz.Choice;
import fr.egide.quiz.Question;
import fr.egide.quiz.QuizBank;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The packages of the test course {@code essentials} (modules {@code alpha} and {@code beta}):
 * manifests valid against the official schemas, exactly the files they list, the QCM of the bank.
 */
@EgideTest
class ScormManifestTests {

	private static final Pattern QUIZ_JSON = Pattern
		.compile("<script type=\"application/json\" id=\"egide-quiz\">(.*?)</script>", Pattern.DOTALL);

	@Autowired
	ScormPackages packages;

	@Autowired
	CourseCatalog catalog;

	@Autowired
	QuizBank bank;

	@ParameterizedTest
	@EnumSource(ScormVersion.class)
	void theCourseManifestIsValidAgainstTheOfficialSchemas(ScormVersion version) throws Exception {
		byte[] manifest = ScormZip.entries(coursePackage(version)).get("imsmanifest.xml");
		ScormSchemas.of(version).newValidator().validate(new StreamSource(new ByteArrayInputStream(manifest)));
		String xml = new String(manifest, StandardCharsets.UTF_8);
		if (version == ScormVersion.V1_2) {
			assertThat(xml).contains("<schemaversion>1.2</schemaversion>", "adlcp:scormtype=\"sco\"",
					"<adlcp:masteryscore>80</adlcp:masteryscore>");
		}
		else {
			assertThat(xml).contains("<schemaversion>2004 4th Edition</schemaversion>", "adlcp:scormType=\"sco\"",
					"<imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>");
		}
	}

	@ParameterizedTest
	@EnumSource(ScormVersion.class)
	void aModuleManifestIsValidToo(ScormVersion version) throws Exception {
		byte[] zip = this.packages.module(this.catalog.module("beta").orElseThrow(), version);
		ScormSchemas.of(version)
			.newValidator()
			.validate(new StreamSource(new ByteArrayInputStream(ScormZip.entries(zip).get("imsmanifest.xml"))));
	}

	@Test
	void validationRefusesABrokenManifest() {
		String v12 = ScormZip.text(coursePackage(ScormVersion.V1_2), "imsmanifest.xml");
		String broken12 = v12.replaceFirst("<resources>", "<resources><unknown/>");
		assertThatThrownBy(() -> ScormSchemas.v12()
			.newValidator()
			.validate(new StreamSource(new ByteArrayInputStream(broken12.getBytes(StandardCharsets.UTF_8)))))
			.isInstanceOf(SAXException.class);
		String v2004 = ScormZip.text(coursePackage(ScormVersion.V2004), "imsmanifest.xml");
		String broken2004 = v2004.replace(">0.8<", ">1.5<");
		assertThat(broken2004).isNotEqualTo(v2004);
		assertThatThrownBy(() -> ScormSchemas.v2004()
			.newValidator()
			.validate(new StreamSource(new ByteArrayInputStream(broken2004.getBytes(StandardCharsets.UTF_8)))))
			.isInstanceOf(SAXException.class)
			.hasMessageContaining("1.5");
	}

	@ParameterizedTest
	@EnumSource(ScormVersion.class)
	void thePackageHoldsExactlyTheFilesItsManifestLists(ScormVersion version) throws Exception {
		var entries = ScormZip.entries(coursePackage(version));
		Document manifest = parse(entries.get("imsmanifest.xml"));
		Set<String> listed = new HashSet<>(attributes(manifest, "file", "href"));
		assertThat(entries.keySet()).allSatisfy(path -> {
			assertThat(path).doesNotStartWith("/").doesNotContain("..").doesNotContain("\\").doesNotContain(":");
		});
		var packaged = new HashSet<>(entries.keySet());
		packaged.remove("imsmanifest.xml");
		assertThat(listed).isEqualTo(packaged);
		assertThat(attributes(manifest, "resource", "href")).containsExactly("alpha/index.html", "beta/index.html");
		assertThat(packaged).contains("shared/egide.css", "shared/egide-scorm.js", "shared/egide-sco.js");
	}

	@Test
	void eachPageCarriesTheQcmOfTheBank() {
		byte[] zip = coursePackage(ScormVersion.V2004);
		for (String moduleId : List.of("alpha", "beta")) {
			var matcher = QUIZ_JSON.matcher(ScormZip.text(zip, moduleId + "/index.html"));
			assertThat(matcher.find()).as(moduleId).isTrue();
			JsonNode json = JsonMapper.builder().build().readTree(matcher.group(1));
			var quiz = this.bank.quiz(moduleId).orElseThrow();
			assertThat(json.get("passMark").asInt()).isEqualTo(quiz.passMark());
			assertThat(json.get("questions")).hasSize(quiz.questions().size());
			for (int i = 0; i < quiz.questions().size(); i++) {
				Question question = quiz.questions().get(i);
				JsonNode node = json.get("questions").get(i);
				assertThat(node.get("id").asString()).isEqualTo(question.id());
				assertThat(node.get("multiple").asBoolean()).isEqualTo(question.type().allowsSeveral());
				assertThat(strings(node.get("correct"))).containsExactlyInAnyOrderElementsOf(question.correctChoiceIds());
				assertThat(strings(node.get("choices").findValues("id")))
					.containsExactlyElementsOf(question.choices().stream().map(Choice::id).toList());
				assertThat(node.get("explanationHtml").asString()).isEqualTo(question.explanationHtml());
			}
		}
	}

	@Test
	void thePageLooksLikeTheReaderAndWorksWithoutAnLms() {
		String page = ScormZip.text(coursePackage(ScormVersion.V1_2), "alpha/index.html");
		assertThat(page).contains("href=\"../shared/egide.css\"", "src=\"../shared/egide-scorm.js\"",
				"data-scorm-version=\"1.2\"", "class=\"reader\"", "Précédent", "Suivant", "id=\"quiz-form\"");
		assertThat(page).doesNotContain("src=\"http", "src=\"/", "href=\"/");
	}

	private byte[] coursePackage(ScormVersion version) {
		Course course = this.catalog.course("essentials").orElseThrow();
		return this.packages.course(course, version);
	}

	private static List<String> strings(Iterable<JsonNode> nodes) {
		List<String> values = new ArrayList<>();
		nodes.forEach(node -> values.add(node.asString()));
		return values;
	}

	private static Document parse(byte[] xml) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static List<String> attributes(Document doc, String element, String attribute) {
		var nodes = doc.getElementsByTagNameNS("*", element);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			String value = ((Element) nodes.item(i)).getAttribute(attribute);
			if (!value.isEmpty()) {
				values.add(value);
			}
		}
		return values;
	}

}
