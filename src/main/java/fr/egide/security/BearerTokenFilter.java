package fr.egide.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.egide.directory.Directory;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>}. The member
 * is read again on every request, so a deactivated member is refused at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final Directory directory;

	BearerTokenFilter(ApiTokens tokens, Directory directory) {
		this.tokens = tokens;
		this.directory = directory;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		java.util.Optional<EgideUser> user;
		try {
			user = this.tokens.memberId(header.substring(7).strip())
				.flatMap(this.directory::memberForRequest)
				.filter(account -> account.active())
				.map(EgideUser::new);
		}
		catch (org.springframework.dao.DataAccessException ex) {
			// The store is down for a moment: say so, so that clients retry rather than give up.
			response.setHeader("Retry-After", "5");
			JsonErrors.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "store-unavailable",
					"The data store is unavailable for a moment; nothing was recorded. Send the same request again.");
			return;
		}
		if (user.isEmpty()) {
			JsonErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
					"The bearer token is invalid or expired, or the account is deactivated.");
			return;
		}
		user.get().eraseCredentials();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
				user.get().getAuthorities());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
