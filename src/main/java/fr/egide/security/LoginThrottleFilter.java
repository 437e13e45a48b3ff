package fr.egide.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in attempts over the {@link LoginAttempts} limits with 429 and
 * {@code Retry-After}, before any password is checked: the form's {@code POST /login} gets a
 * page, the API's {@code POST /api/auth/token} a JSON error.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

	/** The request attribute holding the minutes to wait, for the page {@code /login/throttled}. */
	static final String WAIT_MINUTES = "fr.egide.security.LoginThrottleFilter.minutes";

	/** A credentials body is a few hundred bytes; anything past this is refused. */
	static final int MAX_TOKEN_BODY = 8 * 1024;

	private static final RequestMatcher FORM = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	private static final RequestMatcher FORGOT = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/password/forgot");

	private static final RequestMatcher TOKEN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/api/auth/token");

	private final LoginAttempts attempts;

	private final JsonMapper json;

	LoginThrottleFilter(LoginAttempts attempts, JsonMapper json) {
		this.attempts = attempts;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (FORM.matches(request) || FORGOT.matches(request)) {
			String email = request.getParameter(FORM.matches(request) ? "username" : "email");
			Duration wait = this.attempts.waitBeforeAttempt(request.getRemoteAddr(), email);
			if (wait.isZero()) {
				chain.doFilter(request, response);
				return;
			}
			long seconds = retryAfter(response, wait);
			request.setAttribute(WAIT_MINUTES, minutes(seconds));
			request.getRequestDispatcher("/login/throttled").forward(request, response);
		}
		else if (TOKEN.matches(request)) {
			var cached = CachedBodyRequest.of(request, MAX_TOKEN_BODY);
			if (cached.isEmpty()) {
				JsonErrors.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "too-large",
						"Send the e-mail and password only.");
				return;
			}
			Duration wait = this.attempts.waitBeforeAttempt(request.getRemoteAddr(), email(cached.get().body()));
			if (wait.isZero()) {
				chain.doFilter(cached.get(), response);
				return;
			}
			long seconds = retryAfter(response, wait);
			JsonErrors.write(response, 429, "too-many-attempts",
					"Too many attempts. Try again in " + minutes(seconds) + " minutes.");
		}
		else {
			chain.doFilter(request, response);
		}
	}

	/** The e-mail of a credentials body; {@code null} when there is none or the body is not JSON. */
	private String email(byte[] body) {
		try {
			var tree = this.json.readTree(body);
			var email = (tree != null) ? tree.get("email") : null;
			return (email != null && email.isString()) ? email.asString() : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/** Sets {@code Retry-After} to the wait in whole seconds, rounded up, and returns them. */
	private static long retryAfter(HttpServletResponse response, Duration wait) {
		long seconds = Math.max(1, wait.toSeconds() + ((wait.toNanosPart() > 0) ? 1 : 0));
		response.setHeader("Retry-After", Long.toString(seconds));
		return seconds;
	}

	private static long minutes(long seconds) {
		return (seconds + 59) / 60;
	}

}
