package fr.egide.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One admin action. Entries are only ever inserted. */
@Document("audit")
@CompoundIndex(name = "pole_time", def = "{'poleId': 1, 'at': -1}")
@CompoundIndex(name = "pole_target", def = "{'poleId': 1, 'targetId': 1, 'at': -1}")
record AuditEntry(@Id String id, String poleId, Instant at, String actorId, String actorName, String action,
		String targetId, String detail) {
}
