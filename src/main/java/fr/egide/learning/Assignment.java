package fr.egide.learning;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A course a member is asked to finish by a date; one per member and course. */
@Document("assignments")
record Assignment(@Id String id, @Indexed String memberId, String poleId, String organisationId, String courseId,
		LocalDate dueOn, String source, Instant assignedAt) {

	static String idOf(String memberId, String courseId) {
		return memberId + "/" + courseId;
	}

}
