package fr.egide.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import fr.egide.directory.AccountLinks;
import fr.egide.directory.Directory;
import fr.egide.directory.Pole;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in member as {@code me}, for the navigation, and the poles of
 * their linked accounts, if a platform admin linked any.
 */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

	private final AccountLinks links;

	private final Directory directory;

	CurrentUserAdvice(AccountLinks links, Directory directory) {
		this.links = links;
		this.directory = directory;
	}

	/** Another account of the same person: where switching leads. */
	record SwitchTarget(String memberId, String poleName) {
	}

	@ModelAttribute("me")
	EgideUser me(@AuthenticationPrincipal EgideUser user) {
		return user;
	}

	@ModelAttribute("switchTargets")
	List<SwitchTarget> switchTargets(@AuthenticationPrincipal EgideUser user, HttpServletRequest request) {
		// model attributes are computed for every handler, JSON ones too, which show no menu
		if (user == null || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return List.of();
		}
		return this.links.othersForMenu(user.memberId())
			.stream()
			.map(account -> new SwitchTarget(account.id(),
					this.directory.pole(account.poleId()).map(Pole::name).orElse("?")))
			.toList();
	}

}
