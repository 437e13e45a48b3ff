package fr.egide.onboarding;

import fr.egide.security.EgideUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the member's home page whether the charter still waits for their acknowledgement. */
@ControllerAdvice(basePackages = "fr.egide.learning")
class CharterNotice {

	private final Charters charters;

	CharterNotice(Charters charters) {
		this.charters = charters;
	}

	@ModelAttribute("charterPending")
	boolean charterPending(@AuthenticationPrincipal EgideUser user) {
		return user != null && user.poleId() != null && !this.charters.cleared(user.poleId(), user.memberId());
	}

}
