package fr.egide.learning;

import java.util.List;
import java.util.Map;

import fr.egide.catalog.Course;
import fr.egide.catalog.CourseCatalog;
import fr.egide.catalog.CourseModule;
import fr.egide.quiz.Learner;
import fr.egide.security.EgideUser;
import fr.egide.system.RenderedFragments;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The member's pages: the catalogue with their progress, the module reader, "my progress". */
@Controller
class LearningPageController {

	private final CourseCatalog catalog;

	private final LearningProgress progress;

	private final Assignments assignments;

	private final fr.egide.quiz.QuizBank quizzes;

	private final RenderedFragments fragments;

	LearningPageController(CourseCatalog catalog, LearningProgress progress, Assignments assignments,
			fr.egide.quiz.QuizBank quizzes, RenderedFragments fragments) {
		this.quizzes = quizzes;
		this.fragments = fragments;
		this.catalog = catalog;
		this.progress = progress;
		this.assignments = assignments;
	}

	/** A course with its modules, for the catalogue page; {@code earned} when every module is passed. */
	record CourseCard(Course course, List<CourseModule> modules, int minutes, boolean earned) {
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal EgideUser user, Model model) {
		Map<String, ModuleProgressView> standing = this.progress.forMember(user.memberId());
		var assigned = this.assignments.forMember(user.memberId());
		// Material a pole stopped offering stays on the page of members who have it assigned or started.
		var assignable = this.catalog.coursesFor(user.poleId());
		List<CourseCard> cards = this.catalog.coursesFollowedBy(user.poleId())
			.stream()
			.filter(course -> assignable.contains(course) || assigned.stream().anyMatch(a -> a.courseId().equals(course.id()))
					|| course.moduleIds().stream().anyMatch(id -> standing.containsKey(id)
							&& standing.get(id).status() != ProgressStatus.NOT_STARTED))
			.map(course -> {
			List<CourseModule> modules = course.moduleIds()
				.stream()
				.flatMap(id -> this.catalog.module(id).stream())
				.toList();
			return new CourseCard(course, modules, modules.stream().mapToInt(CourseModule::minutes).sum(),
					Attestations.earned(course, standing));
		}).toList();
		model.addAttribute("courses", cards);
		model.addAttribute("progress", standing);
		model.addAttribute("assignments", assigned);
		return "learning/home";
	}

	@GetMapping("/modules/{moduleId}")
	String resume(@AuthenticationPrincipal EgideUser user, @PathVariable String moduleId) {
		CourseModule module = this.progress.versionFor(user.memberId(), module(user, moduleId));
		return "redirect:/modules/" + moduleId + "/sections/" + this.progress.resumeSection(user.memberId(), module);
	}

	@GetMapping("/modules/{moduleId}/sections/{number}")
	String section(@AuthenticationPrincipal EgideUser user, @PathVariable String moduleId,
			@PathVariable int number, Model model) {
		CourseModule module = this.progress.versionFor(user.memberId(), module(user, moduleId));
		if (number < 1 || number > module.sectionCount()) {
			return "redirect:/modules/" + moduleId + "/sections/" + module.section(number).number();
		}
		var section = module.section(number);
		boolean hasQuiz = this.quizzes.quiz(moduleId).isPresent();
		model.addAttribute("module", module);
		model.addAttribute("section", section);
		// The catalogue may load a new object for the same version: the key follows the object.
		String key = "section:" + moduleId + ":" + module.version() + ":" + System.identityHashCode(module) + ":"
				+ section.number() + ":" + hasQuiz + ":" + LocaleContextHolder.getLocale().toLanguageTag();
		model.addAttribute("sectionBody", this.fragments.get(key, "learning/section-body", "readerBody",
				Map.of("module", module, "section", section, "hasQuiz", hasQuiz)));
		this.progress.readSection(Learner.of(user), module, number);
		return "learning/section";
	}

	@GetMapping("/progress")
	String progress(@AuthenticationPrincipal EgideUser user, Model model) {
		model.addAttribute("catalog", this.catalog);
		model.addAttribute("progress", this.progress.forMember(user.memberId()).values());
		return "learning/progress";
	}

	private CourseModule module(EgideUser user, String moduleId) {
		return this.catalog.module(moduleId)
			.filter(module -> this.catalog.readableBy(moduleId, user.poleId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
