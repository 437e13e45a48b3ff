package fr.egide.quiz;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** One QCM question with its choices and the explanation every member sees after submitting. */
public record Question(String id, QuestionType type, String textHtml, List<Choice> choices, String explanationHtml) {

	public Set<String> correctChoiceIds() {
		return this.choices.stream().filter(Choice::correct).map(Choice::id).collect(Collectors.toSet());
	}

	public boolean hasChoice(String choiceId) {
		return this.choices.stream().anyMatch(choice -> choice.id().equals(choiceId));
	}

}
