package fr.egide.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers an upload larger than the limit with 413 and a sentence a person can act on, before
 * anything reads its body. Left to the container, the first filter to read a parameter (the
 * CSRF check) makes it fail inside, and the person sees the container's own error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadSizeGuard extends OncePerRequestFilter {

	private final long maxBytes;

	private final MessageSource messages;

	private final LocaleResolver locales;

	UploadSizeGuard(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize max, MessageSource messages,
			LocaleResolver locales) {
		this.maxBytes = max.toBytes();
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type == null || !type.toLowerCase().startsWith("multipart/") || request.getContentLengthLong() <= this.maxBytes) {
			chain.doFilter(request, response);
			return;
		}
		String text = this.messages.getMessage("error.413", null, this.locales.resolveLocale(request));
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		response.setHeader("Connection", "close");
		response.setContentType("text/html;charset=UTF-8");
		String back = HtmlUtils.htmlEscape(request.getRequestURI());
		response.getOutputStream()
			.write(("<!DOCTYPE html><html lang=\"" + this.locales.resolveLocale(request).getLanguage()
					+ "\"><head><meta charset=\"utf-8\"><title>413</title><link rel=\"stylesheet\" href=\"/css/egide.css\">"
					+ "</head><body><main id=\"main\"><p class=\"alert error\" role=\"alert\">" + HtmlUtils.htmlEscape(text)
					+ "</p><p><a href=\"" + back + "\">←</a></p></main></body></html>")
				.getBytes(StandardCharsets.UTF_8));
	}

}
