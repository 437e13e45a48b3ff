package fr.egide.scorm;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import fr.egide.catalog.ContentProblem;

/**
 * Reads {@code imsmanifest.xml} with a hardened parser: no DTD at all (so no external entity
 * and no entity expansion, billion laughs included), no XInclude, bounded size. Every problem
 * names the manifest and, for malformed XML, its line.
 */
final class ManifestReader {

	static final String FILE = "imsmanifest.xml";

	static final int MAX_BYTES = 2_000_000;

	static final int MAX_SCOS = 100;

	/** Reports malformed XML as problems only: the default handler also prints "[Fatal Error]" to stderr. */
	private static final ErrorHandler QUIET = new ErrorHandler() {

		@Override
		public void warning(SAXParseException ex) {
		}

		@Override
		public void error(SAXParseException ex) throws SAXParseException {
			throw ex;
		}

		@Override
		public void fatalError(SAXParseException ex) throws SAXParseException {
			throw ex;
		}

	};

	private ManifestReader() {
	}

	record Read(ImportedManifest manifest, List<ContentProblem> problems) {
	}

	static Read read(byte[] xml) {
		List<ContentProblem> problems = new ArrayList<>();
		if (xml.length > MAX_BYTES) {
			return failed(problems, 0, "the manifest is larger than " + MAX_BYTES / 1_000_000 + " MB");
		}
		Document document;
		try {
			var builder = factory().newDocumentBuilder();
			builder.setErrorHandler(QUIET);
			document = builder.parse(new ByteArrayInputStream(xml));
		}
		catch (SAXParseException ex) {
			String message = ex.getMessage() != null && ex.getMessage().contains("DOCTYPE")
					? "DOCTYPE declarations are not accepted (they can hide entity attacks)"
					: "not well-formed XML: " + ex.getMessage();
			return failed(problems, ex.getLineNumber(), message);
		}
		catch (Exception ex) {
			return failed(problems, 0, "cannot read the manifest: " + ex.getMessage());
		}
		Element root = document.getDocumentElement();
		if (!"manifest".equals(root.getLocalName())) {
			return failed(problems, 0, "the root element must be <manifest>");
		}
		String version = version(root);
		if (version == null) {
			return failed(problems, 0, "neither SCORM 1.2 nor SCORM 2004: add <schemaversion> to the metadata");
		}
		Map<String, Element> resources = new HashMap<>();
		children(root, "resources").forEach(list -> children(list, "resource")
			.forEach(resource -> resources.put(resource.getAttribute("identifier"), resource)));
		Optional<Element> organisation = organisation(root);
		if (organisation.isEmpty()) {
			return failed(problems, 0, "no <organization>: nothing to launch");
		}
		List<ImportedManifest.Sco> scos = new ArrayList<>();
		collect(organisation.get(), resources, scos, version.startsWith("2004"), 0);
		if (scos.isEmpty()) {
			return failed(problems, 0, "no SCO: no <item> points at a resource of type sco with an href");
		}
		if (scos.size() > MAX_SCOS) {
			return failed(problems, 0, "more than " + MAX_SCOS + " SCOs");
		}
		String title = text(organisation.get(), "title").orElse(root.getAttribute("identifier"));
		return new Read(new ImportedManifest(version, root.getAttribute("identifier"), title, scos), problems);
	}

	private static DocumentBuilderFactory factory() throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		return factory;
	}

	private static String version(Element root) {
		String declared = children(root, "metadata").stream()
			.flatMap(metadata -> text(metadata, "schemaversion").stream())
			.findFirst()
			.orElse("");
		String namespaces = root.getNamespaceURI() + " " + attributes(root);
		if (declared.startsWith("2004") || declared.equals("CAM 1.3") || namespaces.contains("adlcp_v1p3")) {
			return "2004";
		}
		if (declared.equals("1.2") || namespaces.contains("adlcp_rootv1p2")) {
			return "1.2";
		}
		return null;
	}

	private static Optional<Element> organisation(Element root) {
		return children(root, "organizations").stream().findFirst().flatMap(organisations -> {
			String chosen = organisations.getAttribute("default");
			List<Element> all = children(organisations, "organization");
			return all.stream()
				.filter(organisation -> organisation.getAttribute("identifier").equals(chosen))
				.findFirst()
				.or(() -> all.stream().findFirst());
		});
	}

	private static void collect(Element parent, Map<String, Element> resources, List<ImportedManifest.Sco> scos,
			boolean v2004, int depth) {
		if (depth > 20) {
			return;
		}
		for (Element item : children(parent, "item")) {
			Element resource = resources.get(item.getAttribute("identifierref"));
			if (resource != null && isSco(resource) && !resource.getAttribute("href").isBlank()) {
				String href = resource.getAttribute("href") + item.getAttribute("parameters");
				scos.add(new ImportedManifest.Sco(item.getAttribute("identifier"),
						text(item, "title").orElse(item.getAttribute("identifier")), href, mastery(item, v2004)));
			}
			if (scos.size() <= MAX_SCOS) {
				collect(item, resources, scos, v2004, depth + 1);
			}
		}
	}

	private static boolean isSco(Element resource) {
		for (String name : new String[] { "scormtype", "scormType" }) {
			for (int i = 0; i < resource.getAttributes().getLength(); i++) {
				Node attribute = resource.getAttributes().item(i);
				if (name.equals(attribute.getLocalName())) {
					return "sco".equalsIgnoreCase(attribute.getNodeValue().strip());
				}
			}
		}
		return false;
	}

	private static Integer mastery(Element item, boolean v2004) {
		try {
			if (!v2004) {
				return text(item, "masteryscore").map(value -> (int) Math.round(Double.parseDouble(value))).orElse(null);
			}
			var measures = item.getElementsByTagNameNS("*", "minNormalizedMeasure");
			return measures.getLength() == 0 ? null
					: (int) Math.round(100 * Double.parseDouble(measures.item(0).getTextContent().strip()));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static List<Element> children(Element parent, String localName) {
		List<Element> found = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && localName.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	private static Optional<String> text(Element parent, String localName) {
		return children(parent, localName).stream()
			.map(element -> element.getTextContent().strip())
			.filter(value -> !value.isEmpty())
			.findFirst();
	}

	private static String attributes(Element element) {
		var text = new StringBuilder();
		for (int i = 0; i < element.getAttributes().getLength(); i++) {
			text.append(element.getAttributes().item(i).getNodeValue()).append(' ');
		}
		return text.toString();
	}

	private static Read failed(List<ContentProblem> problems, int line, String message) {
		problems.add(new ContentProblem(FILE, line, message));
		return new Read(null, problems);
	}

}
