package fr.egide.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** Content that cannot be loaded, with every problem found. */
public class InvalidContentException extends RuntimeException {

	private final List<ContentProblem> problems;

	public InvalidContentException(List<ContentProblem> problems) {
		super(problems.size() + " problem(s) in content:\n"
				+ problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<ContentProblem> problems() {
		return this.problems;
	}

}
