package fr.egide.onboarding;

import java.util.List;

/** One thing wrong with an uploaded file or row: a message key and its {0}, {1}… arguments. */
record CsvProblem(String code, List<Object> args) {

	CsvProblem {
		args = List.copyOf(args);
	}

	static CsvProblem of(String code, Object... args) {
		return new CsvProblem(code, List.of(args));
	}

}
