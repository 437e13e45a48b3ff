package fr.egide.onboarding;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.egide.security.EgideUser;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Keeps a member out of their pole's courses until they acknowledged its current charter:
 * pages redirect to the charter, the API answers 403 saying why.
 */
@Component
class CharterGate implements HandlerInterceptor {

	private final Charters charters;

	CharterGate(Charters charters) {
		this.charters = charters;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		var user = EgideUser.current().orElse(null);
		if (user == null || user.poleId() == null || this.charters.cleared(user.poleId(), user.memberId())) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			response.setContentType("application/json");
			response.getWriter()
				.write("{\"error\":\"charter-not-acknowledged\",\"message\":"
						+ "\"Acknowledge your pole's confidentiality charter at /charter before starting a course.\"}");
			return false;
		}
		String next = "GET".equals(request.getMethod()) ? path : "/";
		response.sendRedirect(request.getContextPath() + "/charter?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
		return false;
	}

}
