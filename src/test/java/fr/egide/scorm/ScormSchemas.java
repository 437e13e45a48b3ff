package fr.egide.scorm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The official ADL and IMS schemas of both SCORM editions, read from the test classpath
 * ({@code scorm/xsd/1.2}, {@code scorm/xsd/2004}): every {@code schemaLocation} and DTD is
 * resolved by file name there, and anything else fails rather than being fetched from the network.
 * <p>
 * The files are shipped byte for byte. One fix is applied as they are read: SCORM 1.2's
 * {@code ims_xml.xsd} binds the default namespace to the XML namespace
 * ({@code xmlns="http://www.w3.org/XML/1998/namespace"}), which Namespaces in XML forbids and
 * the JDK's Xerces refuses ("The prefix xml cannot be bound to any namespace other than its
 * usual namespace"). The schema never uses that default namespace (its types are all
 * {@code xsd:} ones), so the declaration is dropped; nothing else changes.
 */
final class ScormSchemas {

	private ScormSchemas() {
	}

	static Schema v12() {
		return schema("1.2", "imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd");
	}

	static Schema v2004() {
		return schema("2004", "imscp_v1p1.xsd", "adlcp_v1p3.xsd", "adlseq_v1p3.xsd", "adlnav_v1p3.xsd",
				"imsss_v1p0.xsd");
	}

	static Schema of(ScormVersion version) {
		return version == ScormVersion.V1_2 ? v12() : v2004();
	}

	private static Schema schema(String folder, String... files) {
		var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		factory.setResourceResolver(new Resolver(folder));
		Source[] sources = Arrays.stream(files)
			.map(file -> new StreamSource(open(folder, file), systemId(folder, file)))
			.toArray(Source[]::new);
		try {
			return factory.newSchema(sources);
		}
		catch (SAXException ex) {
			throw new IllegalStateException("SCORM " + folder + " schemas do not load", ex);
		}
	}

	private static String systemId(String folder, String file) {
		return ScormSchemas.class.getResource("/scorm/xsd/" + folder + "/" + file).toExternalForm();
	}

	private static InputStream open(String folder, String file) {
		var in = ScormSchemas.class.getResourceAsStream("/scorm/xsd/" + folder + "/" + file);
		if (in == null) {
			throw new IllegalStateException("Not shipped with the tests: scorm/xsd/" + folder + "/" + file
					+ " (nothing is fetched from the network)");
		}
		try (in) {
			byte[] bytes = in.readAllBytes();
			if (file.equals("ims_xml.xsd")) {
				bytes = new String(bytes, StandardCharsets.UTF_8)
					.replace(" xmlns=\"http://www.w3.org/XML/1998/namespace\"", "")
					.getBytes(StandardCharsets.UTF_8);
			}
			return new ByteArrayInputStream(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Maps every schema or DTD location to the file of the same name in the folder. */
	private record Resolver(String folder) implements LSResourceResolver {

		@Override
		public LSInput resolveResource(String type, String namespace, String publicId, String systemId,
				String baseUri) {
			if (systemId == null) {
				return null;
			}
			String file = systemId.substring(systemId.lastIndexOf('/') + 1);
			return new Input(publicId, systemId(this.folder, file), open(this.folder, file));
		}

	}

	private record Input(String getPublicId, String getSystemId, InputStream getByteStream) implements LSInput {

		@Override
		public Reader getCharacterStream() {
			return null;
		}

		@Override
		public void setCharacterStream(Reader characterStream) {
		}

		@Override
		public void setByteStream(InputStream byteStream) {
		}

		@Override
		public String getStringData() {
			return null;
		}

		@Override
		public void setStringData(String stringData) {
		}

		@Override
		public void setSystemId(String systemId) {
		}

		@Override
		public void setPublicId(String publicId) {
		}

		@Override
		public String getBaseURI() {
			return null;
		}

		@Override
		public void setBaseURI(String baseUri) {
		}

		@Override
		public String getEncoding() {
			return null;
		}

		@Override
		public void setEncoding(String encoding) {
		}

		@Override
		public boolean getCertifiedText() {
			return false;
		}

		@Override
		public void setCertifiedText(boolean certifiedText) {
		}

	}

}
