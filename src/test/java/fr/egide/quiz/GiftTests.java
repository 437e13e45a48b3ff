package fr.egide.quiz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import fr.egide.catalog.ContentProblem;
import fr.egide.catalog.CourseModule;
import fr.egide.catalog.MarkdownRenderer;
import fr.egide.quiz.QuizSource.ChoiceSource;
import fr.egide.quiz.QuizSource.QuestionSource;

import static org.assertj.core.api.Assertions.assertThat;

class GiftTests {

	private static final String BANK = "src/test/resources/gift/sample-bank.gift";

	private static QuizSource sampleBank() throws IOException {
		GiftReader.Result result = GiftReader.read(Files.readString(Path.of(BANK)), BANK, "confidentialite");
		assertThat(result.problems()).isEmpty();
		return result.quiz();
	}

	@Test
	void readsTheSampleBank() throws IOException {
		QuizSource quiz = sampleBank();
		assertThat(quiz.moduleId()).isEqualTo("confidentialite");
		assertThat(quiz.passMark()).isEqualTo(80);
		assertThat(quiz.questions()).extracting(QuestionSource::id)
			.containsExactly("moment-de-l-accord", "clauses-d-un-accord", "poster", "q4", "caracteres-speciaux",
					"besoin-d-en-connaitre", "q7", "moment-de-l-accord-2", "divulgations");
		assertThat(quiz.questions()).extracting(QuestionSource::type)
			.containsExactly(QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE,
					QuestionType.TRUE_FALSE, QuestionType.SINGLE, QuestionType.SINGLE, QuestionType.SINGLE,
					QuestionType.SINGLE, QuestionType.MULTIPLE);
		QuestionSource first = quiz.questions().get(0);
		assertThat(first.title()).isEqualTo("Moment de l’accord");
		assertThat(first.text()).isEqualTo("À quel moment signer un accord de **confidentialité** ?");
		assertThat(first.choices()).containsExactly(
				new ChoiceSource("Avant la première réunion de fond", true, "C’est bien cela."),
				new ChoiceSource("Après la première réunion", false, "Trop tard : l’information est déjà donnée."),
				new ChoiceSource("Jamais", false, ""));
		assertThat(first.explanation()).isEqualTo("L’accord se signe *en amont*, avant tout échange de fond.");
		QuestionSource weighted = quiz.questions().get(1);
		assertThat(weighted.choices()).extracting(ChoiceSource::correct).containsExactly(true, true, false);
		assertThat(weighted.choices().get(2).feedback()).isEqualTo("Cela relève de la convention d’aide.");
		assertThat(weighted.explanation()).isEmpty();
		QuestionSource poster = quiz.questions().get(2);
		assertThat(poster.answer()).isFalse();
		assertThat(poster.choices()).isEmpty();
		assertThat(poster.explanation()).isEqualTo("Non : le poster détruit la nouveauté.");
		QuestionSource soleau = quiz.questions().get(3);
		assertThat(soleau.title()).isEmpty();
		assertThat(soleau.answer()).isTrue();
		assertThat(soleau.explanation()).isEqualTo("Elle sert de preuve de date.");
		QuestionSource escapes = quiz.questions().get(4);
		assertThat(escapes.title()).isEqualTo("Caractères : spéciaux");
		assertThat(escapes.text()).isEqualTo("Que vaut a = b ~ c # d {e} avec un antislash \\ ?");
		assertThat(escapes.choices()).containsExactly(new ChoiceSource("La réponse {1} = 1", true, "Bonne réponse # vérifiée"),
				new ChoiceSource("Une autre ~ réponse", false, ""), new ChoiceSource("Aucune: vraiment", false, ""));
		QuestionSource multiline = quiz.questions().get(5);
		assertThat(multiline.text()).isEqualTo("Un collègue d’un autre service vous demande\n"
				+ "les résultats d’essais confidentiels.\nQue faites-vous ?");
		assertThat(multiline.explanation())
			.isEqualTo("C’est le principe du besoin d’en connaître.\nOn n’accède qu’à ce qui est nécessaire.");
		assertThat(quiz.questions().get(6).choices()).extracting(ChoiceSource::correct).containsExactly(true, false,
				false);
		assertThat(quiz.questions().get(8).choices()).extracting(ChoiceSource::correct).containsExactly(true, true,
				true, false);
	}

	@Test
	void theWrittenBankReadsBackEqual() throws IOException {
		QuizSource quiz = sampleBank();
		String gift = GiftWriter.write(quiz);
		assertThat(gift).startsWith("// Égide QCM confidentialite, pass mark 80 %\n")
			.contains("~%50%La définition des informations confidentielles\n", "~%-100%Le montant",
					"~%33.33333%Une soutenance", "{FALSE####Non \\: le poster", "::Caractères \\: spéciaux::");
		GiftReader.Result again = GiftReader.read(gift, "written.gift", "confidentialite");
		assertThat(again.problems()).isEmpty();
		assertThat(again.quiz()).isEqualTo(quiz);
	}

	@Test
	void theWeightsOfMultipleAnswersAreMoodleGrades() {
		assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)).map(n -> GiftWriter.weight(n))
			.containsExactly("100", "50", "33.33333", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10");
	}

	@Test
	void aChoiceThatLooksLikeAWeightKeepsItsText() {
		QuestionSource question = new QuestionSource("q1", "", QuestionType.SINGLE, "Quelle part ?",
				List.of(new ChoiceSource("%50% des cas", true, ""), new ChoiceSource("%10%", false, "")), null, "");
		QuizSource quiz = new QuizSource("alpha", 80, List.of(question));
		assertThat(GiftReader.read(GiftWriter.write(quiz), "a.gift", "alpha").quiz()).isEqualTo(quiz);
	}

	@Test
	void theYamlWrittenIsAValidQuiz() throws IOException {
		QuizSource quiz = sampleBank();
		String yaml = QuizYaml.write(quiz);
		assertThat(yaml).contains("explanation: \"" + QuizYaml.NO_EXPLANATION + "\"");
		List<ContentProblem> problems = new ArrayList<>();
		var read = new QuizFiles(new MarkdownRenderer()).readQuiz(yaml, "quizzes/confidentialite.yaml",
				Map.of("confidentialite", module("confidentialite")), problems, new HashSet<>());
		assertThat(problems).isEmpty();
		assertThat(read).get().satisfies(loaded -> {
			assertThat(loaded.questions()).hasSize(quiz.questions().size());
			assertThat(loaded.question("poster").orElseThrow().correctChoiceIds()).containsExactly("false");
			assertThat(loaded.question("divulgations").orElseThrow().correctChoiceIds()).containsExactly("a", "b", "c");
		});
	}

	@Test
	void theYamlWrittenReadsBackEqual() throws IOException {
		List<QuestionSource> questions = sampleBank().questions()
			.stream()
			.map(q -> new QuestionSource(q.id(), "", q.type(), q.text(), q.choices(), q.answer(),
					q.explanation().isEmpty() ? "Une \"explication\" \\ avec\n\ttout." : q.explanation()))
			.toList();
		QuizSource quiz = new QuizSource("confidentialite", 70, questions);
		assertThat(QuizYaml.read(QuizYaml.write(quiz))).isEqualTo(quiz);
	}

	@Test
	void eachUnsupportedQuestionIsReportedAtItsLine() {
		String gift = """
				// Types que le QCM ne prend pas
				::Court::Capitale de la France ?{=Paris =paris}

				::Appariement::Associez.{
				=chat -> miaule
				=chien -> aboie
				}

				::Numérique::Combien de partenaires ?{#3:1}

				::Rédaction::Expliquez la règle.{}

				Le {~rouge =vert} est une couleur.

				Une simple description.

				::Seul::Un seul choix ?{=oui}

				::Un seul::Un seul choix ?{~%100%oui}

				::Ouvert::Question ?{=a ~b

				::HTML::[html]<p>Texte</p>{=a ~b}

				::Bonne::Une question valable ?{=oui ~non}
				""";
		GiftReader.Result result = GiftReader.read(gift, "banque.gift", "alpha");
		assertThat(result.problems()).extracting(ContentProblem::toString)
			.containsExactly("banque.gift:2: short answer questions (only '=' answers, no '~') are not supported",
					"banque.gift:4: matching questions ('->') are not supported",
					"banque.gift:9: numerical questions ('{#...}') are not supported",
					"banque.gift:11: essay questions ('{}') are not supported",
					"banque.gift:13: missing-word questions (text after the closing '}') are not supported",
					"banque.gift:15: description questions (no answer block '{...}') are not supported",
					"banque.gift:17: short answer questions (only '=' answers, no '~') are not supported",
					"banque.gift:19: a question needs at least two choices (found 1)",
					"banque.gift:21: unclosed '{': the answer block has no closing '}'",
					"banque.gift:23: HTML questions are not supported: use [markdown]");
		assertThat(result.quiz().questions()).extracting(QuestionSource::id).containsExactly("bonne");
		assertThat(GiftReader.read("::A::Aucune ?{~a ~b}\n\n::B::Vide ?{=a ~}", "a.gift", "alpha").problems())
			.extracting(ContentProblem::toString)
			.containsExactly("a.gift:1: no correct answer: mark one with '=' or a positive weight such as ~%50%",
					"a.gift:3: an answer has no text");
	}

	@Test
	void theConfidentialityQuizSurvivesAGiftRoundTrip() throws IOException {
		QuizSource quiz = QuizYaml.read(Files.readString(Path.of("quizzes/confidentialite.yaml")));
		assertThat(quiz.questions()).hasSize(11);
		GiftReader.Result result = GiftReader.read(GiftWriter.write(quiz), "confidentialite.gift", "confidentialite");
		assertThat(result.problems()).isEmpty();
		assertThat(result.quiz().passMark()).isEqualTo(quiz.passMark());
		assertThat(result.quiz().questions()).hasSameSizeAs(quiz.questions());
		for (int i = 0; i < quiz.questions().size(); i++) {
			QuestionSource expected = quiz.questions().get(i);
			QuestionSource actual = result.quiz().questions().get(i);
			assertThat(actual).usingRecursiveComparison().ignoringFields("title").isEqualTo(expected);
			assertThat(actual.title()).isEqualTo(expected.id());
		}
	}

	@Test
	void hostileInputsGiveAResult() {
		List<String> inputs = new ArrayList<>(List.of("", "{", "}}}}", "{".repeat(10_000), "\\", "a\\", "::",
				"::a", "::a::", "[html", "[markdown]", "{T#", "{=a#", "{~%", "{~%50", "{~%1e400%a ~b}", "{~\\}",
				"\n\n\n", "\uFEFF", "// Égide QCM x, pass mark 999 %", "a{~b ~c}}", "{->}", "\\{ ~ \\}"));
		Random random = new Random(42);
		String alphabet = "{}~=#:\\%-> \n\tTFab1.[]";
		for (int i = 0; i < 2000; i++) {
			byte[] bytes = new byte[random.nextInt(200)];
			random.nextBytes(bytes);
			inputs.add(new String(bytes, StandardCharsets.UTF_8));
			StringBuilder text = new StringBuilder();
			for (int j = random.nextInt(80); j > 0; j--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			inputs.add(text.toString());
		}
		for (String input : inputs) {
			GiftReader.Result result = GiftReader.read(input, "x.gift", "x");
			assertThat(result.quiz()).isNotNull();
			assertThat(result.problems()).noneMatch(problem -> problem.message().startsWith("cannot read"));
			assertThat(GiftReader.read(GiftWriter.write(result.quiz()), "y.gift", "x").quiz())
				.isEqualTo(result.quiz());
		}
		assertThat(GiftReader.read(null, "x.gift", "x").quiz().questions()).isEmpty();
	}

	private static CourseModule module(String id) {
		return new CourseModule(id, "Titre", "Résumé", 10, "fr", 1, List.of(), List.of(), "", List.of(),
				"courses/" + id + ".md");
	}

}
