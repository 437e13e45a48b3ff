package fr.egide.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.egide.directory.MemberAccount;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a member in on the web right after they proved who they are another way (an
 * invitation or reset link plus a new password), in a fresh session.
 */
@Component
public class SignIn {

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	public void signIn(MemberAccount account, HttpServletRequest request, HttpServletResponse response) {
		var user = new EgideUser(account);
		user.eraseCredentials();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		this.contexts.saveContext(context, request, response);
	}

}
