package fr.egide.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.egide.catalog.CourseCatalog;
import fr.egide.system.StoreRetention;
import fr.egide.directory.MemberRecords;
import fr.egide.learning.ProgressRecords;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Recomputes every counter of {@link CompletionReadModel} from the members and progress
 * records, then replaces the stored counters. Run it after a restore, an import, or whenever
 * the counters are in doubt ({@code java -jar egide.jar rebuild-counters}).
 */
@Service
public class CounterRebuild {

	private static final Logger log = LoggerFactory.getLogger(CounterRebuild.class);

	private final MongoTemplate mongo;

	private final MemberRecords members;

	private final ProgressRecords progress;

	private final CourseCatalog catalog;

	private final StoreRetention retention;

	CounterRebuild(MongoTemplate mongo, MemberRecords members, ProgressRecords progress, CourseCatalog catalog,
			StoreRetention retention) {
		this.retention = retention;
		this.mongo = mongo;
		this.members = members;
		this.progress = progress;
		this.catalog = catalog;
	}

	/** How many documents each counter collection holds after a rebuild. */
	public record Result(int memberCounts, int cells, int months, int courses, long millis) {
	}

	public Result rebuild() {
		return this.retention.longRead(this::rebuildNow);
	}

	/** An empty tally, for a writer that bypasses the events (see {@link #addForNewPole}). */
	public CounterTally tally() {
		return new CounterTally(this.catalog);
	}

	/**
	 * Adds the counters of a tally made while bulk-inserting a new pole, which publishes no event:
	 * seeding then needs no rebuild (two minutes at 100,000 members). Counts are added to those
	 * the events already made (the pole admin created through the directory).
	 */
	public Result addForNewPole(CounterTally tally) {
		return store(tally, this::add, System.nanoTime());
	}

	private Result rebuildNow() {
		long start = System.nanoTime();
		var tally = tally();
		this.members.forEach(member -> tally.member(member.poleId(), member.organisationId()));
		this.progress.forEach(this.catalog.moduleIdsInOrder(), tally::standing);
		var result = store(tally, this::replace, start);
		log.info("Counters rebuilt: {}", result);
		return result;
	}

	/** Writes each counter collection of the tally with {@code write} (added, or replacing what was stored). */
	private static Result store(CounterTally tally, BiConsumer<String, Collection<Document>> write, long start) {
		var courses = tally.courses();
		write.accept(CompletionReadModel.COURSES, courses);
		write.accept(CompletionReadModel.MEMBERS, tally.memberCounts());
		write.accept(CompletionReadModel.CELLS, tally.cells());
		write.accept(CompletionReadModel.MONTHS, tally.months());
		return new Result(tally.memberCounts().size(), tally.cells().size(), tally.months().size(), courses.size(),
				(System.nanoTime() - start) / 1_000_000);
	}

	/** Whether there is progress but no counter yet: data from before the counters existed. */
	boolean missing() {
		return this.mongo.findOne(new Query(), Document.class, CompletionReadModel.CELLS) == null
				&& this.mongo.findOne(new Query(), Document.class, "progress") != null;
	}

	/** Numbers are added, other fields set when the counter is new. */
	private void add(String collection, Collection<Document> documents) {
		for (Document document : documents) {
			var update = new Update();
			document.forEach((field, value) -> {
				if (value instanceof Number number) {
					update.inc(field, number);
				}
				else if (!"_id".equals(field)) {
					update.setOnInsert(field, value);
				}
			});
			this.mongo.upsert(Query.query(Criteria.where("_id").is(document.get("_id"))), update, collection);
		}
	}

	private void replace(String collection, Collection<Document> documents) {
		this.mongo.remove(new Query(), collection);
		List<Document> batch = new ArrayList<>();
		for (Document document : documents) {
			batch.add(document);
			if (batch.size() == 1000) {
				this.mongo.insert(batch, collection);
				batch = new ArrayList<>();
			}
		}
		if (!batch.isEmpty()) {
			this.mongo.insert(batch, collection);
		}
	}

}
