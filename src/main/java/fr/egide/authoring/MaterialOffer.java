package fr.egide.authoring;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A course of speakers' material offered to one pole. Its members see it only once the pole's
 * administrator accepted it; withdrawing it hides it from new assignments and keeps every record.
 */
@Document("material_offers")
record MaterialOffer(@Id String id, @Indexed String courseId, @Indexed String poleId, State state, String offeredBy,
		Instant offeredAt, String decidedBy, Instant decidedAt) {

	enum State {

		OFFERED, ACCEPTED, DECLINED, WITHDRAWN

	}

	static String idOf(String courseId, String poleId) {
		return courseId + ":" + poleId;
	}

	MaterialOffer decided(State next, String by, Instant at) {
		return new MaterialOffer(this.id, this.courseId, this.poleId, next, this.offeredBy, this.offeredAt, by, at);
	}

	/** Whether members of the pole may be assigned the course. */
	public boolean assignable() {
		return this.state == State.ACCEPTED;
	}

	/** Whether members of the pole may read it (accepted once, even if withdrawn since). */
	public boolean readable() {
		return this.state == State.ACCEPTED || this.state == State.WITHDRAWN;
	}

}
