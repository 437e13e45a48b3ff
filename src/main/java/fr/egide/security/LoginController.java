package fr.egide.security;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "security/login";
	}

	/** Where {@link LoginThrottleFilter} forwards a refused form attempt; nothing to see otherwise. */
	@RequestMapping("/login/throttled")
	String throttled(@RequestAttribute(name = LoginThrottleFilter.WAIT_MINUTES, required = false) Long minutes,
			Model model, HttpServletResponse response) {
		if (minutes == null) {
			return "redirect:/login";
		}
		response.setStatus(429);
		model.addAttribute("minutes", minutes);
		return "security/throttled";
	}

}
