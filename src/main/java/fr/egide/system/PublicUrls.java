package fr.egide.system;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links for e-mails. Set {@code egide.base-url} in production: without it the link
 * follows the address the request came in on, which a forged {@code Host} header could change,
 * and mails sent outside a request (scheduled reminders) point to this machine's local port.
 */
@Component
public class PublicUrls implements ApplicationListener<WebServerInitializedEvent> {

	private static final Logger log = LoggerFactory.getLogger(PublicUrls.class);

	private final String baseUrl;

	private volatile String localUrl = "http://localhost:8080";

	private final AtomicBoolean warned = new AtomicBoolean();

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
		if (RequestContextHolder.getRequestAttributes() == null) {
			if (this.warned.compareAndSet(false, true)) {
				log.warn("egide.base-url is not set: links sent outside a request point to {}", this.localUrl);
			}
			return this.localUrl + path;
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		this.localUrl = "http://localhost:" + event.getWebServer().getPort();
	}

}
