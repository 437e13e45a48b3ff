package fr.egide.scorm;

import java.io.IOException;

import fr.egide.catalog.ContentProblem;
import fr.egide.security.EgideUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** Speakers and admins import third-party SCORM packages; each becomes a course of their pole. */
@Controller
@RequestMapping("/speaker/scorm")
class ScormImportController {

	private final ScormImports imports;

	ScormImportController(ScormImports imports) {
		this.imports = imports;
	}

	@GetMapping
	String list(@AuthenticationPrincipal EgideUser user, Model model) {
		model.addAttribute("packages", this.imports.importedBy(user.memberId()));
		return "scorm/import";
	}

	@PostMapping
	String upload(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) MultipartFile file,
			Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			return refused(user, model, response, new ContentProblem("(upload)", 0, "choose a .zip SCORM package"));
		}
		var outcome = this.imports.importPackage(user, file.getOriginalFilename(), file.getBytes());
		if (outcome.imported() == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("problems", outcome.problems());
			return list(user, model);
		}
		redirect.addFlashAttribute("imported", outcome.imported().title());
		return "redirect:/speaker/scorm";
	}

	private String refused(EgideUser user, Model model, HttpServletResponse response, ContentProblem problem) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("problems", java.util.List.of(problem));
		return list(user, model);
	}

}
