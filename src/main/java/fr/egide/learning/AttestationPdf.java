package fr.egide.learning;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import fr.egide.system.PdfDocuments;
import fr.egide.system.PublicUrls;

import org.springframework.stereotype.Component;

/** Renders an attestation as a one-page A4 PDF, in French, from its Thymeleaf template. */
@Component
class AttestationPdf {

	static final String TEMPLATE = "learning/attestation-pdf";

	private final SpringTemplateEngine templates;

	private final PublicUrls urls;

	AttestationPdf(SpringTemplateEngine templates, PublicUrls urls) {
		this.templates = templates;
		this.urls = urls;
	}

	void write(Attestation attestation, OutputStream out) throws IOException {
		var context = new Context(Locale.FRENCH);
		context.setVariable("attestation", attestation);
		context.setVariable("verifyUrl", this.urls.to("/verify/" + attestation.code()));
		String html = this.templates.process(TEMPLATE, context);
		PdfDocuments.write(html, out);
	}

}
