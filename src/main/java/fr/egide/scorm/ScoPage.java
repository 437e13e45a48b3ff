package fr.egide.scorm;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

import fr.egide.catalog.CourseModule;
import fr.egide.quiz.Question;
import fr.egide.quiz.Quiz;

import org.springframework.stereotype.Component;

/**
 * The {@code index.html} of one module's SCO: every section, then the QCM, in the module's
 * language and with the reader's look. The QCM travels with its answers as JSON, since the
 * host LMS, not Égide, grades it.
 */
@Component
class ScoPage {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ITemplateEngine templates;

	ScoPage(ITemplateEngine templates) {
		this.templates = templates;
	}

	record Page(int number, String title, String html) {
	}

	record ChoiceView(String id, String textHtml, String feedbackHtml) {
	}

	record QuestionView(String id, String type, boolean multiple, String textHtml, List<ChoiceView> choices,
			List<String> correct, String explanationHtml) {
	}

	record QuizView(String moduleId, int passMark, List<QuestionView> questions) {
	}

	/** The page, with its images rewritten into {@code images}, which collects them. */
	String render(CourseModule module, Optional<Quiz> quiz, ScormVersion version, PackageImages images) {
		List<Page> pages = module.sections()
			.stream()
			.map(section -> new Page(section.number(), section.title(), images.rewrite(section.html())))
			.toList();
		QuizView quizView = quiz.map(found -> view(found, images)).orElse(null);
		Map<String, Object> model = new HashMap<>();
		model.put("module", module);
		model.put("version", version.label());
		model.put("introHtml", images.rewrite(module.introHtml()));
		model.put("pages", pages);
		model.put("pageCount", pages.size() + (quizView != null ? 1 : 0));
		model.put("quiz", quizView);
		model.put("quizJson", scriptSafe(JSON.writeValueAsString(quizView)));
		Locale locale = module.language() == null || module.language().isBlank() ? Locale.FRENCH
				: Locale.forLanguageTag(module.language());
		return this.templates.process("scorm/sco", new Context(locale, model));
	}

	private static QuizView view(Quiz quiz, PackageImages images) {
		return new QuizView(quiz.moduleId(), quiz.passMark(), quiz.questions()
			.stream()
			.map(question -> new QuestionView(question.id(), question.type().name(), question.type().allowsSeveral(),
					images.rewrite(question.textHtml()),
					question.choices()
						.stream()
						.map(choice -> new ChoiceView(choice.id(), images.rewrite(choice.textHtml()),
								images.rewrite(choice.feedbackHtml())))
						.toList(),
					correct(question), images.rewrite(question.explanationHtml())))
			.toList());
	}

	private static List<String> correct(Question question) {
		return question.correctChoiceIds().stream().sorted().toList();
	}

	/** JSON that cannot close the {@code <script>} element holding it. */
	static String scriptSafe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
