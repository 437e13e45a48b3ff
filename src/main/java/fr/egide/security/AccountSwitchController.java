package fr.egide.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.egide.directory.AccountLinks;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Switches a person to another of their accounts, only one a platform admin linked to this one. */
@Controller
class AccountSwitchController {

	private final AccountLinks links;

	private final SignIn signIn;

	AccountSwitchController(AccountLinks links, SignIn signIn) {
		this.links = links;
		this.signIn = signIn;
	}

	@PostMapping("/account/switch")
	String switchTo(@AuthenticationPrincipal EgideUser user, @RequestParam String memberId,
			HttpServletRequest request, HttpServletResponse response) {
		var target = this.links.others(user.memberId())
			.stream()
			.filter(account -> account.id().equals(memberId))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.signIn.signIn(target, request, response);
		return "redirect:/";
	}

}
