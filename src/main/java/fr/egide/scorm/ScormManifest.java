package fr.egide.scorm;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes {@code imsmanifest.xml} through the DOM, which escapes every title: one organization,
 * one item and one SCO resource per module, and an asset resource for the shared files.
 */
final class ScormManifest {

	static final String CP_12 = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";

	static final String ADLCP_12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2";

	static final String CP_2004 = "http://www.imsglobal.org/xsd/imscp_v1p1";

	static final String ADLCP_2004 = "http://www.adlnet.org/xsd/adlcp_v1p3";

	static final String ADLSEQ = "http://www.adlnet.org/xsd/adlseq_v1p3";

	static final String ADLNAV = "http://www.adlnet.org/xsd/adlnav_v1p3";

	static final String IMSSS = "http://www.imsglobal.org/xsd/imsss";

	private static final String SHARED = "RES-shared";

	/** One module of the package: its page, the files it needs, its pass mark if it has a QCM. */
	record Sco(String moduleId, String title, Integer passMark, List<String> files) {
	}

	private ScormManifest() {
	}

	static byte[] write(ScormVersion version, String id, String title, List<Sco> scos, List<String> sharedFiles) {
		boolean v12 = version == ScormVersion.V1_2;
		String cp = v12 ? CP_12 : CP_2004;
		String adlcp = v12 ? ADLCP_12 : ADLCP_2004;
		Document doc = newDocument();
		Element manifest = doc.createElementNS(cp, "manifest");
		doc.appendChild(manifest);
		manifest.setAttribute("identifier", "MANIFEST-" + identifier(id));
		manifest.setAttribute("version", "1");
		declare(manifest, "adlcp", adlcp);
		if (!v12) {
			declare(manifest, "adlseq", ADLSEQ);
			declare(manifest, "adlnav", ADLNAV);
			declare(manifest, "imsss", IMSSS);
		}
		Element metadata = child(manifest, cp, "metadata", null);
		child(metadata, cp, "schema", "ADL SCORM");
		child(metadata, cp, "schemaversion", v12 ? "1.2" : "2004 4th Edition");
		Element organizations = child(manifest, cp, "organizations", null);
		String organizationId = "ORG-" + identifier(id);
		organizations.setAttribute("default", organizationId);
		Element organization = child(organizations, cp, "organization", null);
		organization.setAttribute("identifier", organizationId);
		child(organization, cp, "title", title);
		for (Sco sco : scos) {
			Element item = child(organization, cp, "item", null);
			item.setAttribute("identifier", "ITEM-" + identifier(sco.moduleId()));
			item.setAttribute("identifierref", "RES-" + identifier(sco.moduleId()));
			child(item, cp, "title", sco.title());
			if (sco.passMark() != null && v12) {
				child(item, adlcp, "adlcp:masteryscore", String.valueOf(sco.passMark()));
			}
			if (sco.passMark() != null && !v12 && sco.passMark() >= 0 && sco.passMark() <= 100) {
				Element objectives = child(child(item, IMSSS, "imsss:sequencing", null), IMSSS, "imsss:objectives",
						null);
				Element primary = child(objectives, IMSSS, "imsss:primaryObjective", null);
				primary.setAttribute("objectiveID", "OBJ-" + identifier(sco.moduleId()));
				primary.setAttribute("satisfiedByMeasure", "true");
				child(primary, IMSSS, "imsss:minNormalizedMeasure",
						BigDecimal.valueOf(sco.passMark()).movePointLeft(2).stripTrailingZeros().toPlainString());
			}
		}
		if (!v12) {
			Element control = child(child(organization, IMSSS, "imsss:sequencing", null), IMSSS, "imsss:controlMode",
					null);
			control.setAttribute("choice", "true");
			control.setAttribute("flow", "true");
		}
		Element resources = child(manifest, cp, "resources", null);
		for (Sco sco : scos) {
			Element resource = resource(resources, cp, "RES-" + identifier(sco.moduleId()), sco.files());
			resource.setAttributeNS(adlcp, v12 ? "adlcp:scormtype" : "adlcp:scormType", "sco");
			resource.setAttribute("href", sco.files().get(0));
			child(resource, cp, "dependency", null).setAttribute("identifierref", SHARED);
		}
		resource(resources, cp, SHARED, sharedFiles).setAttributeNS(adlcp,
				v12 ? "adlcp:scormtype" : "adlcp:scormType", "asset");
		return serialize(doc);
	}

	/** An XML NCName made of the id: letters, digits, {@code .}, {@code -} and {@code _} only. */
	static String identifier(String id) {
		return id.replaceAll("[^A-Za-z0-9._-]", "_");
	}

	private static Element resource(Element resources, String cp, String identifier, List<String> files) {
		Element resource = child(resources, cp, "resource", null);
		resource.setAttribute("identifier", identifier);
		resource.setAttribute("type", "webcontent");
		files.forEach(file -> child(resource, cp, "file", null).setAttribute("href", file));
		return resource;
	}

	private static void declare(Element element, String prefix, String namespace) {
		element.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + prefix, namespace);
	}

	private static Element child(Element parent, String namespace, String name, String text) {
		Element element = parent.getOwnerDocument().createElementNS(namespace, name);
		if (text != null) {
			element.setTextContent(text);
		}
		parent.appendChild(element);
		return element;
	}

	private static Document newDocument() {
		try {
			var factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder().newDocument();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] serialize(Document doc) {
		try {
			var transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.setOutputProperty(OutputKeys.INDENT, "yes");
			transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
			var out = new ByteArrayOutputStream();
			transformer.transform(new DOMSource(doc), new StreamResult(out));
			return out.toByteArray();
		}
		catch (TransformerException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
