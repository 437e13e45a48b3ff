package fr.egide.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement (RGAA 4.1), public: anyone may read it before signing in. */
@Controller
class AccessibilityController {

	@GetMapping("/accessibilite")
	String statement() {
		return "system/accessibility";
	}

}
