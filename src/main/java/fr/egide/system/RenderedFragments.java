package fr.egide.system;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Parts of pages that are the same for everyone who shares a key (a module's section in one
 * language, the menu of one set of roles in one language), rendered by Thymeleaf in the first
 * request that needs them and kept as HTML. Nothing personal may go into one: no form (its CSRF
 * token is the member's), no name, no progress. On a 2-core server the menu and the section were
 * most of a module page's rendering time.
 */
@Component
public class RenderedFragments {

	/** Keys are few (sections × languages, role sets × languages); this bounds a catalogue that keeps changing. */
	private static final int MAX_ENTRIES = 5_000;

	private final Map<String, String> html = new ConcurrentHashMap<>();

	private final ITemplateEngine templates;

	private final ThymeleafEvaluationContext evaluation;

	RenderedFragments(ITemplateEngine templates, ApplicationContext context) {
		this.templates = templates;
		this.evaluation = new ThymeleafEvaluationContext(context, null);
	}

	/**
	 * The fragment {@code selector} of {@code template} rendered with {@code variables} in the
	 * current request's language, from memory when {@code key} was rendered before. The key must
	 * name everything the fragment shows, the language included.
	 */
	public String get(String key, String template, String selector, Map<String, Object> variables) {
		String cached = this.html.get(key);
		if (cached != null) {
			return cached;
		}
		String rendered = render(template, selector, variables);
		if (this.html.size() >= MAX_ENTRIES) {
			this.html.clear();
		}
		this.html.put(key, rendered);
		return rendered;
	}

	private String render(String template, String selector, Map<String, Object> variables) {
		var request = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
		var exchange = JakartaServletWebApplication.buildApplication(request.getRequest().getServletContext())
			.buildExchange(request.getRequest(), request.getResponse());
		var context = new WebContext(exchange, LocaleContextHolder.getLocale(), variables);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				this.evaluation);
		return this.templates.process(template, Set.of(selector), context);
	}

}
