package fr.egide.system;

import java.io.IOException;
import java.io.OutputStream;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/** Turns a well-formed XHTML page (from a Thymeleaf template) into a PDF. */
public final class PdfDocuments {

	private PdfDocuments() {
	}

	public static void write(String xhtml, OutputStream out) throws IOException {
		var builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withHtmlContent(xhtml, null);
		builder.toStream(out);
		builder.run();
	}

}
