package fr.egide.learning;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import fr.egide.security.EgideUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The signed-in member's attestation as a PDF, and the public page that tells whoever holds a
 * verification code that the attestation is genuine, showing nothing beyond what it states.
 */
@Controller
class AttestationController {

	private final Attestations attestations;

	private final AttestationPdf pdf;

	AttestationController(Attestations attestations, AttestationPdf pdf) {
		this.attestations = attestations;
		this.pdf = pdf;
	}

	@GetMapping("/attestations/{courseId}.pdf")
	void download(@AuthenticationPrincipal EgideUser user, @PathVariable String courseId,
			HttpServletResponse response) throws IOException {
		Attestation attestation = this.attestations.issue(user.memberId(), courseId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("attestation-" + attestation.courseId() + ".pdf")
			.build()
			.toString());
		this.pdf.write(attestation, response.getOutputStream());
	}

	@GetMapping("/verify/{code}")
	String verify(@PathVariable String code, Model model, HttpServletResponse response) {
		var attestation = this.attestations.verify(code);
		if (attestation.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "learning/verify-unknown";
		}
		model.addAttribute("issuedOn", attestation.get().issuedOn());
		model.addAttribute("snapshot", attestation.get().snapshot());
		return "learning/verify";
	}

}
