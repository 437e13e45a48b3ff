package fr.egide.quiz;

import java.util.List;
import java.util.Optional;

/** The QCM that closes a module. {@code maxAttempts} 0 means unlimited. */
public record Quiz(String moduleId, int passMark, int maxAttempts, boolean shuffle, List<Question> questions,
		String source) {

	public Optional<Question> question(String id) {
		return this.questions.stream().filter(question -> question.id().equals(id)).findFirst();
	}

}
