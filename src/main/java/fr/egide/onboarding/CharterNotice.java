package fr.egide.onboarding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.egide.security.EgideUser;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/** Tells the member's home page whether the charter still waits for their acknowledgement. */
@Component
class CharterNotice implements HandlerInterceptor {

	private final Charters charters;

	CharterNotice(Charters charters) {
		this.charters = charters;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || !"learning/home".equals(page.getViewName())) {
			return;
		}
		page.addObject("charterPending", EgideUser.current()
			.filter(user -> user.poleId() != null && !this.charters.cleared(user.poleId(), user.memberId()))
			.isPresent());
	}

}
