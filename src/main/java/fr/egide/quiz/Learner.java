package fr.egide.quiz;

import fr.egide.security.EgideUser;

/** Who is answering: the ids an attempt is recorded under. */
public record Learner(String memberId, String poleId, String organisationId) {

	public static Learner of(EgideUser user) {
		return new Learner(user.memberId(), user.poleId(), user.organisationId());
	}

}
