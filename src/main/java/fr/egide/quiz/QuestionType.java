package fr.egide.quiz;

/** How a question is answered. */
public enum QuestionType {

	SINGLE, MULTIPLE, TRUE_FALSE;

	public boolean allowsSeveral() {
		return this == MULTIPLE;
	}

}
