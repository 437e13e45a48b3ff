package fr.egide.learning;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** A member's attestations as personal data: listed in their export, deleted when they are erased. */
@Service
public class AttestationRecords {

	private final MongoTemplate mongo;

	AttestationRecords(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** What the member's data export shows of an attestation. */
	public record Issued(String courseId, String code, java.time.Instant issuedAt) {
	}

	public List<Issued> of(String memberId) {
		return this.mongo.find(Query.query(Criteria.where("memberId").is(memberId)), Attestation.class)
			.stream()
			.map(a -> new Issued(a.courseId(), a.code(), a.issuedAt()))
			.toList();
	}

	/** Deletes them: once the person is erased, their codes no longer verify. */
	public void forget(String memberId) {
		this.mongo.remove(Query.query(Criteria.where("memberId").is(memberId)), Attestation.class);
	}

}
