package fr.egide.reporting;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import fr.egide.security.EgideUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The exports for integrations with a bearer token; errors come back as JSON. */
@RestController
class ExportApiController {

	private final ExportDownload download;

	private final CompletionExport completion;

	private final AttemptsExport attempts;

	ExportApiController(ExportDownload download, CompletionExport completion, AttemptsExport attempts) {
		this.download = download;
		this.completion = completion;
		this.attempts = attempts;
	}

	@GetMapping("/api/admin/exports/completion.{format}")
	void completion(@AuthenticationPrincipal EgideUser user, @PathVariable String format,
			@RequestParam Map<String, String> params, Locale locale, HttpServletResponse response) throws IOException {
		this.download.send("completion", user, params, format, locale, response, this.completion);
	}

	@GetMapping("/api/admin/exports/attempts.{format}")
	void attempts(@AuthenticationPrincipal EgideUser user, @PathVariable String format,
			@RequestParam Map<String, String> params, Locale locale, HttpServletResponse response) throws IOException {
		this.download.send("attempts", user, params, format, locale, response, this.attempts);
	}

}
