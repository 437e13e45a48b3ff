package fr.egide.reporting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.egide.mail.MailStatus;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The {@code reminders} collection: what was queued, what was sent, and who was reminded lately. */
@Component
class ReminderLog {

	private final MongoTemplate mongo;

	ReminderLog(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The {@code memberId/courseId} pairs reminded since {@code since}, for these members. */
	Set<String> remindedSince(Collection<String> memberIds, Instant since) {
		if (memberIds.isEmpty()) {
			return Set.of();
		}
		var query = Query.query(Criteria.where("memberId").in(memberIds).and("queuedAt").gt(since));
		query.fields().include("memberId", "courseId");
		return this.mongo.find(query, Reminder.class)
			.stream()
			.map(reminder -> key(reminder.memberId(), reminder.courseId()))
			.collect(Collectors.toSet());
	}

	/** Stores a reminder before its mail goes; false when one with the same id exists. */
	boolean queue(Reminder reminder) {
		try {
			this.mongo.insert(reminder);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** Stores new reminders with fresh ids in one round trip. */
	void queueAll(List<Reminder> reminders) {
		if (!reminders.isEmpty()) {
			this.mongo.insertAll(reminders);
		}
	}

	void sent(List<String> reminderIds, MailStatus status, Instant at) {
		this.mongo.updateMulti(Query.query(Criteria.where("_id").in(reminderIds)),
				new Update().set("status", status).set("sentAt", at), Reminder.class);
	}

	static String key(String memberId, String courseId) {
		return memberId + "/" + courseId;
	}

}
