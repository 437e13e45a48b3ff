package fr.egide.catalog;

/** One thing wrong in a content file, printed as {@code path:line: message}. */
public record ContentProblem(String path, int line, String message) {

	@Override
	public String toString() {
		return this.path + ":" + this.line + ": " + this.message;
	}

}
