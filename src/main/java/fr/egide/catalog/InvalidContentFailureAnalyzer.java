package fr.egide.catalog;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an invalid shipped catalogue into the same {@code path:line: message} list the validator prints. */
class InvalidContentFailureAnalyzer extends AbstractFailureAnalyzer<InvalidContentException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidContentException cause) {
		String problems = cause.problems().stream().map(ContentProblem::toString).collect(Collectors.joining("\n"));
		return new FailureAnalysis("The course catalogue is invalid:\n" + problems,
				"Fix the files above, then check them with: java -jar target/egide.jar validate courses quizzes",
				cause);
	}

}
