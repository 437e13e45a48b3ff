package fr.egide.learning;

import java.time.Instant;
import java.util.function.Consumer;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Reads every progress entry once, in a stream: what read models are rebuilt from. */
@Service
public class ProgressRecords {

	private final MongoTemplate mongo;

	ProgressRecords(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** One member's standing on one module, as stored. */
	public record Standing(String memberId, String poleId, String organisationId, String moduleId,
			ProgressStatus status, Instant completedAt) {
	}

	public void forEach(Consumer<Standing> consumer) {
		try (var stream = this.mongo.stream(new Query().cursorBatchSize(1000), ModuleProgress.class)) {
			stream.forEach(entry -> consumer.accept(new Standing(entry.memberId(), entry.poleId(),
					entry.organisationId(), entry.moduleId(), entry.status(), entry.completedAt())));
		}
	}

}
