package fr.egide.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the signed-in member again on every page request: a deactivated or deleted member's
 * session ends at once (redirect to {@code /login?deactivated}), and changed roles or pole take
 * effect on the next request, so a demoted admin loses the admin pages straight away.
 */
final class SessionMemberFilter extends OncePerRequestFilter {

	private final Directory directory;

	private final SecurityContextRepository contexts;

	/** Stylesheets, scripts and images reveal nothing; skipping them saves a lookup per asset. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/images/") || path.startsWith("/webjars/")
				|| path.equals("/favicon.ico");
	}

	SessionMemberFilter(Directory directory, SecurityContextRepository contexts) {
		this.directory = directory;
		this.contexts = contexts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof EgideUser user)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<MemberAccount> account;
		try {
			account = this.directory.memberForRequest(user.memberId()).filter(MemberAccount::active);
		}
		catch (org.springframework.dao.DataAccessException ex) {
			// The store is down for a moment: a page that says so, not a failure of ours.
			response.setHeader("Retry-After", "5");
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return;
		}
		if (account.isEmpty()) {
			var session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/login?deactivated");
			return;
		}
		if (!user.matches(account.get())) {
			replacePrincipal(new EgideUser(account.get()), authentication, request, response);
		}
		chain.doFilter(request, response);
	}

	private void replacePrincipal(EgideUser fresh, Authentication previous, HttpServletRequest request,
			HttpServletResponse response) {
		fresh.eraseCredentials();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
		authentication.setDetails(previous.getDetails());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
