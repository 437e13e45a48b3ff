package fr.egide.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links for e-mails. Set {@code egide.base-url} in production: without it the link
 * follows the address the request came in on, which a forged {@code Host} header could change.
 */
@Component
public class PublicUrls {

	private static final Logger log = LoggerFactory.getLogger(PublicUrls.class);

	private final String baseUrl;

	PublicUrls(@Value("${egide.base-url:}") String baseUrl) {
		this.baseUrl = StringUtils.hasText(baseUrl) ? baseUrl.replaceAll("/+$", "") : null;
		if (this.baseUrl == null) {
			log.info("egide.base-url is not set: links in e-mails follow the address of each request");
		}
	}

	/** The absolute address of {@code path} (which starts with a slash). */
	public String to(String path) {
		if (this.baseUrl != null) {
			return this.baseUrl + path;
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
	}

}
