package fr.egide.directory;

import java.util.function.Consumer;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Reads every account once, in a stream: what read models are rebuilt from. */
@Service
public class MemberRecords {

	private final MongoTemplate mongo;

	MemberRecords(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Calls {@code consumer} with the registration of every account of a pole (platform admins have none). */
	public void forEach(Consumer<MemberRegistered> consumer) {
		Query query = new Query().cursorBatchSize(1000);
		query.fields().include("poleId", "organisationId");
		try (var stream = this.mongo.stream(query, Document.class, "members")) {
			stream.filter(member -> member.getString("poleId") != null)
				.forEach(member -> consumer.accept(new MemberRegistered(member.getString("_id"),
						member.getString("poleId"), member.getString("organisationId"))));
		}
	}

}
