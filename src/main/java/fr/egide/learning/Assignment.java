package fr.egide.learning;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A course a member is asked to finish by a date; one per member and course. {@code startedAt}
 * and {@code completedAt} are set when the member opens a module of the course and passes its
 * last one, so unfinished assignments are found without reading anyone's progress. A campaign's
 * assignments carry its id and a label the member reads ("avant le salon X").
 */
@Document("assignments")
@CompoundIndex(name = "pole_unfinished_due", def = "{'poleId': 1, 'completedAt': 1, 'dueOn': 1}")
@CompoundIndex(name = "unfinished_due", def = "{'completedAt': 1, 'dueOn': 1}")
record Assignment(@Id String id, @Indexed String memberId, String poleId, String organisationId, String courseId,
		LocalDate dueOn, String source, Instant assignedAt, Instant startedAt, Instant completedAt, String campaignId,
		String label, java.util.List<Integer> reminderDays) {

	static String idOf(String memberId, String courseId) {
		return memberId + "/" + courseId;
	}

}
