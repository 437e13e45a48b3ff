package fr.egide.onboarding;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.egide.directory.Directory;
import fr.egide.directory.PasswordPolicy;
import fr.egide.security.SignIn;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page an invitation link opens: the invitee chooses a password and is signed in. A used,
 * expired, revoked or mistyped link gets a page saying so and what to do.
 */
@Controller
class InvitationAcceptController {

	private final Invitations invitations;

	private final PasswordPolicy policy;

	private final OnboardingTrack track;

	private final Charters charters;

	private final SignIn signIn;

	private final Directory directory;

	private final Clock clock;

	InvitationAcceptController(Invitations invitations, PasswordPolicy policy, OnboardingTrack track,
			Charters charters, SignIn signIn, Directory directory, Clock clock) {
		this.invitations = invitations;
		this.policy = policy;
		this.track = track;
		this.charters = charters;
		this.signIn = signIn;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/invitations/{token}")
	String open(@PathVariable String token, Model model, HttpServletResponse response) {
		var state = this.invitations.open(token);
		if (state.kind() != Invitations.LinkState.Kind.VALID) {
			return closed(state, model, response);
		}
		model.addAttribute("token", token);
		model.addAttribute("invitation", state.invitation());
		model.addAttribute("pole", this.directory.pole(state.invitation().poleId()).orElseThrow());
		model.addAttribute("displayName", state.invitation().displayName());
		return "onboarding/invitation";
	}

	@PostMapping("/invitations/{token}")
	String accept(@PathVariable String token, @RequestParam String displayName, @RequestParam String password,
			@RequestParam String confirmation, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		var state = this.invitations.open(token);
		if (state.kind() != Invitations.LinkState.Kind.VALID) {
			return closed(state, model, response);
		}
		var invitation = state.invitation();
		String name = displayName.strip().replaceAll("\\s+", " ");
		String problem = name.isEmpty() || name.length() > 120 ? "invitation.bad-name"
				: !password.equals(confirmation) ? "password.mismatch"
						: this.policy.problem(password, invitation.email()).orElse(null);
		if (problem != null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("token", token);
			model.addAttribute("invitation", invitation);
			model.addAttribute("pole", this.directory.pole(invitation.poleId()).orElseThrow());
			model.addAttribute("displayName", name);
			model.addAttribute("problem", problem);
			return "onboarding/invitation";
		}
		try {
			var member = this.invitations.accept(invitation, name, password);
			if (member.isEmpty()) {
				return closed(this.invitations.open(token), model, response);
			}
			this.track.start(member.get(), this.clock.instant());
			this.signIn.signIn(member.get(), request, response);
			return this.charters.cleared(member.get().poleId(), member.get().id()) ? "redirect:/"
					: "redirect:/charter?next=/";
		}
		catch (DuplicateKeyException ex) {
			model.addAttribute("kind", "ALREADY_MEMBER");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return "onboarding/invitation-closed";
		}
	}

	private String closed(Invitations.LinkState state, Model model, HttpServletResponse response) {
		response.setStatus(state.kind() == Invitations.LinkState.Kind.UNKNOWN ? HttpServletResponse.SC_NOT_FOUND
				: HttpServletResponse.SC_GONE);
		model.addAttribute("kind", state.kind().name());
		return "onboarding/invitation-closed";
	}

}
