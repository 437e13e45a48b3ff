package fr.egide.learning;

import java.time.LocalDate;

/** An assigned course as the member and their admin see it: due when, and done or late. */
public record AssignmentView(String memberId, String courseId, String courseTitle, LocalDate dueOn, String source,
		State state, int modulesPassed, int moduleCount, String campaignId, String label) {

	/** Done, still on time, or past its due date. */
	public enum State {

		DONE, DUE, OVERDUE

	}

	public boolean done() {
		return this.state == State.DONE;
	}

	public boolean overdue() {
		return this.state == State.OVERDUE;
	}

}
