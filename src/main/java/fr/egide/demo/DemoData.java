package fr.egide.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.egide.catalog.CourseCatalog;
import fr.egide.catalog.CourseModule;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Organisation.OrganisationType;
import fr.egide.directory.Role;
import fr.egide.learning.LearningProgress;
import fr.egide.quiz.Learner;
import fr.egide.quiz.Question;
import fr.egide.quiz.QuizBank;
import fr.egide.quiz.QuizGrading;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Seeds the demo pole once under the {@code demo} profile; does nothing when its admin already exists.
 * The profile is checked when it runs, not with {@code @Profile}: the jar's ahead-of-time start-up
 * plan would fix that at build time.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

	private final Environment environment;

	static final String ADMIN = "admin@demo.egide.test";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Directory directory;

	private final CourseCatalog catalog;

	private final QuizBank quizzes;

	private final QuizGrading grading;

	private final LearningProgress progress;

	private final String password;

	DemoData(Directory directory, CourseCatalog catalog, QuizBank quizzes, QuizGrading grading,
			LearningProgress progress, @Value("${EGIDE_DEMO_PASSWORD:}") String password, Environment environment) {
		this.environment = environment;
		this.directory = directory;
		this.catalog = catalog;
		this.quizzes = quizzes;
		this.grading = grading;
		this.progress = progress;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.environment.matchesProfiles("demo")) {
			return;
		}
		if (this.directory.findByEmail(ADMIN).isPresent()) {
			log.info("Demo pole already present; sign in as {}", ADMIN);
			return;
		}
		String secret = StringUtils.hasText(this.password) ? this.password : UUID.randomUUID().toString().substring(0, 18);
		var pole = this.directory.ensurePole("Pôle Démo");
		var company = this.directory.ensureOrganisation(pole.id(), "Hydrolia SAS", OrganisationType.COMPANY);
		var lab = this.directory.ensureOrganisation(pole.id(), "Laboratoire Matériaux Avancés", OrganisationType.LAB);
		this.directory.createMember(new Directory.NewMember(pole.id(), null, ADMIN, "Claire Martin (référente IE)",
				secret, Set.of(Role.POLE_ADMIN, Role.MEMBER)));
		this.directory.createMember(new Directory.NewMember(pole.id(), null, "intervenant@demo.egide.test",
				"Marc Lefèvre (intervenant)", secret, Set.of(Role.SPEAKER, Role.MEMBER)));
		for (int i = 1; i <= 20; i++) {
			var organisation = i % 2 == 0 ? lab : company;
			MemberAccount member = this.directory.createMember(new Directory.NewMember(pole.id(), organisation.id(),
					"membre" + i + "@demo.egide.test", "Membre " + i, secret, Set.of(Role.MEMBER)));
			seedWork(member, i);
		}
		if (StringUtils.hasText(this.password)) {
			log.info("Demo pole created; sign in as {} with EGIDE_DEMO_PASSWORD", ADMIN);
		}
		else {
			log.warn("Demo pole created; every demo account's password is {} (shown once)", secret);
		}
	}

	/** Members 1-8 passed the first module, 9-12 read half of it, 13-14 failed its QCM once. */
	private void seedWork(MemberAccount member, int index) {
		List<String> moduleIds = this.catalog.coursesFor(null).stream().flatMap(c -> c.moduleIds().stream()).toList();
		if (moduleIds.isEmpty() || index > 14) {
			return;
		}
		CourseModule module = this.catalog.module(moduleIds.get(0)).orElseThrow();
		var learner = new Learner(member.id(), member.poleId(), member.organisationId());
		int read = index <= 8 || index > 12 ? module.sectionCount() : Math.max(1, module.sectionCount() / 2);
		for (int section = 1; section <= read; section++) {
			this.progress.readSection(learner, module, section);
		}
		if (index <= 8 || index > 12) {
			var quiz = this.quizzes.quiz(module.id()).orElseThrow();
			boolean pass = index <= 8;
			Map<String, List<String>> answers = quiz.questions()
				.stream()
				.collect(Collectors.toMap(Question::id, question -> pass ? List.copyOf(question.correctChoiceIds())
						: List.of()));
			this.grading.submit(learner, module.id(), UUID.randomUUID(), answers);
		}
	}

}
