package fr.egide.onboarding;

import jakarta.servlet.http.HttpServletResponse;

import fr.egide.directory.PasswordPolicy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The "forgot my password" pages: ask for a link, then choose a new password through it. */
@Controller
class PasswordResetController {

	private final PasswordResets resets;

	private final PasswordPolicy policy;

	PasswordResetController(PasswordResets resets, PasswordPolicy policy) {
		this.resets = resets;
		this.policy = policy;
	}

	@GetMapping("/password/forgot")
	String form() {
		return "onboarding/forgot";
	}

	@PostMapping("/password/forgot")
	String request(@RequestParam(defaultValue = "") String email, Model model) {
		if (email.length() <= 254) {
			this.resets.request(email);
		}
		model.addAttribute("sent", true);
		return "onboarding/forgot";
	}

	@GetMapping("/password/reset/{token}")
	String open(@PathVariable String token, Model model, HttpServletResponse response) {
		if (this.resets.open(token).isEmpty()) {
			response.setStatus(HttpServletResponse.SC_GONE);
			return "onboarding/reset-closed";
		}
		model.addAttribute("token", token);
		return "onboarding/reset";
	}

	@PostMapping("/password/reset/{token}")
	String reset(@PathVariable String token, @RequestParam String password, @RequestParam String confirmation,
			Model model, HttpServletResponse response) {
		var reset = this.resets.open(token);
		if (reset.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_GONE);
			return "onboarding/reset-closed";
		}
		String problem = !password.equals(confirmation) ? "password.mismatch"
				: this.policy.problem(password, this.resets.emailOf(reset.get())).orElse(null);
		if (problem != null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problem", problem);
			model.addAttribute("token", token);
			return "onboarding/reset";
		}
		if (this.resets.complete(reset.get(), password).isEmpty()) {
			response.setStatus(HttpServletResponse.SC_GONE);
			return "onboarding/reset-closed";
		}
		return "redirect:/login?reset";
	}

}
