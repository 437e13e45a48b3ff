package fr.egide.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A graded attempt, stored under the client's submission id so that sending it twice
 * stores it once.
 */
@Document("attempts")
@CompoundIndex(name = "member_module_version", def = "{'memberId': 1, 'moduleId': 1, 'moduleVersion': 1}")
@CompoundIndex(name = "pole_submitted", def = "{'poleId': 1, 'submittedAt': -1}")
record Attempt(@Id String id, String memberId, String poleId, String organisationId, String moduleId,
		int moduleVersion, Map<String, List<String>> answers, List<QuestionOutcome> outcomes, int score,
		int passMark, boolean passed, Instant submittedAt) {

	/** How one question was answered. */
	record QuestionOutcome(String questionId, boolean correct) {
	}

	QuizAttempted toEvent() {
		return new QuizAttempted(this.id, this.memberId, this.poleId, this.organisationId, this.moduleId,
				this.moduleVersion, this.score, this.passed, this.submittedAt);
	}

}
