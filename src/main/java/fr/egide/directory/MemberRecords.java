package fr.egide.directory;

import java.util.function.Consumer;

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
		try (var stream = this.mongo.stream(new Query().cursorBatchSize(1000), Member.class)) {
			stream.filter(member -> member.poleId() != null)
				.forEach(member -> consumer.accept(new MemberRegistered(member.id(), member.poleId(),
						member.organisationId())));
		}
	}

}
