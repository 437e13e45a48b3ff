package fr.egide.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.egide.catalog.CourseCatalog;
import fr.egide.system.StoreRetention;
import fr.egide.directory.MemberRecords;
import fr.egide.learning.ProgressRecords;
import fr.egide.learning.ProgressStatus;

import org.springframework.data.mongodb.core.MongoTemplate;
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

	private Result rebuildNow() {
		long start = System.nanoTime();
		Map<String, Document> memberCounts = new HashMap<>();
		this.members.forEach(member -> {
			String organisation = CompletionReadModel.orgKey(member.organisationId());
			memberCounts.computeIfAbsent(member.poleId() + "|" + organisation,
					id -> new Document("_id", id).append("poleId", member.poleId())
						.append("organisationId", organisation)
						.append("members", 0))
				.merge("members", 1, (a, b) -> (Integer) a + (Integer) b);
		});
		Map<String, Document> cells = new HashMap<>();
		Map<String, Document> months = new HashMap<>();
		Map<String, Set<String>> passedByMember = new HashMap<>();
		Map<String, String[]> placeOfMember = new HashMap<>();
		this.progress.forEach(this.catalog.moduleIdsInOrder(), standing -> {
			if (standing.poleId() == null || standing.status() == ProgressStatus.NOT_STARTED) {
				return;
			}
			String organisation = CompletionReadModel.orgKey(standing.organisationId());
			String cellId = CompletionReadModel.cellId(standing.poleId(), organisation, standing.moduleId());
			cell(cells, cellId, standing.poleId(), organisation, standing.moduleId())
				.merge(standing.status().name(), 1, (a, b) -> (Integer) a + (Integer) b);
			if (standing.status() == ProgressStatus.PASSED) {
				passedByMember.computeIfAbsent(standing.memberId(), id -> new HashSet<>()).add(standing.moduleId());
				placeOfMember.putIfAbsent(standing.memberId(), new String[] { standing.poleId(), organisation });
			}
			if (standing.status() == ProgressStatus.PASSED && standing.completedAt() != null) {
				String month = CompletionReadModel.MONTH.format(standing.completedAt().atZone(CompletionReadModel.PARIS));
				cell(months, cellId + "|" + month, standing.poleId(), organisation, standing.moduleId())
					.append("month", month)
					.merge("passed", 1, (a, b) -> (Integer) a + (Integer) b);
			}
		});
		Map<String, Document> courses = new HashMap<>();
		passedByMember.forEach((memberId, passed) -> {
			String[] place = placeOfMember.get(memberId);
			this.catalog.coursesFollowedBy(place[0])
				.stream()
				.filter(course -> passed.containsAll(course.moduleIds()))
				.forEach(course -> {
				String id = place[0] + "|" + place[1] + "|" + course.id();
				courses.computeIfAbsent(id, key -> new Document("_id", key).append("poleId", place[0])
					.append("organisationId", place[1])
					.append("courseId", course.id())).merge("completed", 1, (a, b) -> (Integer) a + (Integer) b);
			});
		});
		replace(CompletionReadModel.COURSES, courses.values());
		replace(CompletionReadModel.MEMBERS, memberCounts.values());
		replace(CompletionReadModel.CELLS, cells.values());
		replace(CompletionReadModel.MONTHS, months.values());
		var result = new Result(memberCounts.size(), cells.size(), months.size(), courses.size(),
				(System.nanoTime() - start) / 1_000_000);
		log.info("Counters rebuilt: {}", result);
		return result;
	}

	/** Whether there is progress but no counter yet: data from before the counters existed. */
	boolean missing() {
		return this.mongo.findOne(new org.springframework.data.mongodb.core.query.Query(), Document.class,
				CompletionReadModel.CELLS) == null
				&& this.mongo.findOne(new org.springframework.data.mongodb.core.query.Query(), Document.class,
						"progress") != null;
	}

	private static Document cell(Map<String, Document> cells, String id, String poleId, String organisation,
			String moduleId) {
		return cells.computeIfAbsent(id, key -> new Document("_id", key).append("poleId", poleId)
			.append("organisationId", organisation)
			.append("moduleId", moduleId));
	}

	private void replace(String collection, java.util.Collection<Document> documents) {
		this.mongo.remove(new org.springframework.data.mongodb.core.query.Query(), collection);
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
