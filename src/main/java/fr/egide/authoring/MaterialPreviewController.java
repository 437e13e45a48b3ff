package fr.egide.authoring;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import fr.egide.catalog.CourseCatalog;
import fr.egide.catalog.CourseModule;
import fr.egide.quiz.GiftWriter;
import fr.egide.quiz.Question;
import fr.egide.quiz.Quiz;
import fr.egide.quiz.QuizBank;
import fr.egide.quiz.QuizGrading;
import fr.egide.quiz.QuizYaml;
import fr.egide.security.EgideUser;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Material as members will see it, with the member's own templates: the reader, and the QCM with
 * the correct answers marked for the author only. Also the images of a version and the GIFT
 * export of a QCM for reuse in Moodle.
 */
@Controller
class MaterialPreviewController {

	private final MaterialStore store;

	private final MaterialOffers offers;

	private final MaterialLibrary library;

	private final QuizBank bank;

	private final CourseCatalog catalog;

	MaterialPreviewController(MaterialStore store, MaterialOffers offers, MaterialLibrary library, QuizBank bank,
			CourseCatalog catalog) {
		this.catalog = catalog;
		this.store = store;
		this.offers = offers;
		this.library = library;
		this.bank = bank;
	}

	@GetMapping("/speaker/material/{courseId}/versions/{number}/modules/{moduleId}/sections/{section}")
	String section(@AuthenticationPrincipal EgideUser user, @PathVariable String courseId, @PathVariable int number,
			@PathVariable String moduleId, @PathVariable int section, Model model) {
		CourseModule module = module(user, courseId, number, moduleId);
		model.addAttribute("module", module);
		model.addAttribute("section", module.section(section));
		model.addAttribute("previewBase", previewBase(courseId, number, moduleId));
		model.addAttribute("versionPage", "/speaker/material/" + courseId + "/versions/" + number);
		return "learning/section";
	}

	@GetMapping("/speaker/material/{courseId}/versions/{number}/modules/{moduleId}/quiz")
	String quiz(@AuthenticationPrincipal EgideUser user, @PathVariable String courseId, @PathVariable int number,
			@PathVariable String moduleId, Model model) {
		CourseModule module = module(user, courseId, number, moduleId);
		Quiz quiz = quizOf(user, courseId, number, moduleId);
		Map<String, Set<String>> correct = new HashMap<>();
		Map<String, String> explanations = new HashMap<>();
		for (Question question : quiz.questions()) {
			correct.put(question.id(), question.correctChoiceIds());
			explanations.put(question.id(), question.explanationHtml());
		}
		model.addAttribute("module", module);
		model.addAttribute("sheet", QuizGrading.previewSheet(quiz, module.version()));
		model.addAttribute("previewBase", previewBase(courseId, number, moduleId));
		model.addAttribute("versionPage", "/speaker/material/" + courseId + "/versions/" + number);
		model.addAttribute("correct", correct);
		model.addAttribute("explanations", explanations);
		return "quiz/quiz";
	}

	@GetMapping("/speaker/material/{courseId}/versions/{number}/modules/{moduleId}.gift")
	ResponseEntity<byte[]> versionGift(@AuthenticationPrincipal EgideUser user, @PathVariable String courseId,
			@PathVariable int number, @PathVariable String moduleId) {
		version(user, courseId, number);
		String source = this.library.rendered(version(user, courseId, number)).quizSources().get(moduleId);
		if (source == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return gift(moduleId, source);
	}

	/** The current QCM of any module the pole may assign, in GIFT, for Moodle. */
	@GetMapping("/speaker/quizzes/{moduleId}.gift")
	ResponseEntity<byte[]> catalogueGift(@AuthenticationPrincipal EgideUser user, @PathVariable String moduleId) {
		var visible = user.has(fr.egide.directory.Role.PLATFORM_ADMIN) ? this.catalog.courses()
				: this.catalog.coursesFor(user.poleId());
		if (visible.stream().noneMatch(course -> course.moduleIds().contains(moduleId))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return this.bank.source(moduleId)
			.map(source -> gift(moduleId, source))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping("/material/{courseId}/{number}/**")
	ResponseEntity<byte[]> image(@AuthenticationPrincipal EgideUser user, @PathVariable String courseId,
			@PathVariable int number, HttpServletRequest request) {
		String prefix = request.getContextPath() + MaterialLibrary.imageBase(courseId, number);
		String path = request.getRequestURI().startsWith(prefix) ? request.getRequestURI().substring(prefix.length())
				: "";
		MaterialVersion version = this.store.version(courseId, number)
			.filter(found -> this.offers.mayView(user, found))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return this.store.image(version.courseId(), version.number(), path)
			.map(image -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(image.contentType()))
				.cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate().immutable())
				.header("Content-Security-Policy", "default-src 'none'; sandbox")
				.header("X-Content-Type-Options", "nosniff")
				.body(image.data()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static ResponseEntity<byte[]> gift(String moduleId, String yamlSource) {
		String gift = GiftWriter.write(QuizYaml.read(yamlSource));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.header("Content-Disposition",
					ContentDisposition.attachment().filename(moduleId + ".gift").build().toString())
			.body(gift.getBytes(StandardCharsets.UTF_8));
	}

	private static String previewBase(String courseId, int number, String moduleId) {
		return "/speaker/material/" + courseId + "/versions/" + number + "/modules/" + moduleId;
	}

	private MaterialVersion version(EgideUser user, String courseId, int number) {
		return this.store.version(courseId, number)
			.filter(version -> version.state() != MaterialVersion.State.DISCARDED)
			.filter(version -> this.offers.mayReview(user, version))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private CourseModule module(EgideUser user, String courseId, int number, String moduleId) {
		return this.library.rendered(version(user, courseId, number))
			.modules()
			.stream()
			.filter(module -> module.id().equals(moduleId))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Quiz quizOf(EgideUser user, String courseId, int number, String moduleId) {
		Quiz quiz = this.library.rendered(version(user, courseId, number)).quizzes().get(moduleId);
		if (quiz == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return quiz;
	}

}
