package fr.egide.reporting;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.bson.Document;

import fr.egide.catalog.Course;
import fr.egide.catalog.CourseCatalog;
import fr.egide.directory.MemberRegistered;
import fr.egide.learning.LearningProgress;
import fr.egide.learning.ModuleStatusChanged;
import fr.egide.learning.ProgressStatus;

import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The dashboard's numbers, kept up to date by events instead of scanning progress per request:
 * members per pole × organisation, members per status per pole × organisation × module, and
 * passes per month, completed courses. {@link CounterRebuild} recomputes the same documents from the raw records.
 */
@Component
class CompletionReadModel {

	static final String CELLS = "completion_cells";

	static final String MEMBERS = "member_counts";

	static final String MONTHS = "completion_months";

	static final String COURSES = "course_completions";

	static final String NO_ORGANISATION = "-";

	static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final MongoTemplate mongo;

	private final CourseCatalog catalog;

	private final LearningProgress progress;

	CompletionReadModel(MongoTemplate mongo, CourseCatalog catalog, LearningProgress progress) {
		this.mongo = mongo;
		this.catalog = catalog;
		this.progress = progress;
	}

	@EventListener
	void on(MemberRegistered event) {
		String organisation = orgKey(event.organisationId());
		this.mongo.upsert(byId(event.poleId() + "|" + organisation),
				new Update().setOnInsert("poleId", event.poleId()).setOnInsert("organisationId", organisation)
					.inc("members", 1),
				MEMBERS);
	}

	@EventListener
	void on(ModuleStatusChanged event) {
		if (event.poleId() == null) {
			return;
		}
		String organisation = orgKey(event.organisationId());
		var update = new Update().setOnInsert("poleId", event.poleId())
			.setOnInsert("organisationId", organisation)
			.setOnInsert("moduleId", event.moduleId())
			.inc(event.to().name(), 1);
		if (event.from() != ProgressStatus.NOT_STARTED) {
			update.inc(event.from().name(), -1);
		}
		this.mongo.upsert(byId(cellId(event.poleId(), organisation, event.moduleId())), update, CELLS);
		if (event.to() == ProgressStatus.PASSED) {
			String month = MONTH.format(event.at().atZone(PARIS));
			this.mongo.upsert(byId(cellId(event.poleId(), organisation, event.moduleId()) + "|" + month),
					new Update().setOnInsert("poleId", event.poleId())
						.setOnInsert("organisationId", organisation)
						.setOnInsert("moduleId", event.moduleId())
						.setOnInsert("month", month)
						.inc("passed", 1),
					MONTHS);
			countCompletedCourses(event, organisation, 1);
		}
		else if (event.from() == ProgressStatus.PASSED) {
			countCompletedCourses(event, organisation, -1);
		}
	}

	/**
	 * A pass that completes a course (every module passed) counts the course once for the
	 * member; an expiry of one of its modules uncounts it. Either way the other modules of the
	 * course are passed now: that is what made (or kept) the course complete.
	 */
	private void countCompletedCourses(ModuleStatusChanged event, String organisation, int delta) {
		var standing = this.progress.forMember(event.memberId());
		for (Course course : this.catalog.coursesFollowedBy(event.poleId())) {
			if (course.moduleIds().contains(event.moduleId()) && course.moduleIds()
				.stream()
				.filter(id -> !id.equals(event.moduleId()))
				.allMatch(id -> standing.containsKey(id) && standing.get(id).status() == ProgressStatus.PASSED)) {
				this.mongo.upsert(byId(event.poleId() + "|" + organisation + "|" + course.id()),
						new Update().setOnInsert("poleId", event.poleId())
							.setOnInsert("organisationId", organisation)
							.setOnInsert("courseId", course.id())
							.inc("completed", delta),
						COURSES);
			}
		}
	}

	List<Document> cells(String poleId) {
		return this.mongo.find(Query.query(Criteria.where("poleId").is(poleId)), Document.class, CELLS);
	}

	List<Document> memberCounts(String poleId) {
		return this.mongo.find(Query.query(Criteria.where("poleId").is(poleId)), Document.class, MEMBERS);
	}

	List<Document> courses(String poleId) {
		return this.mongo.find(Query.query(Criteria.where("poleId").is(poleId)), Document.class, COURSES);
	}

	/** The monthly pass counts of a pole from one month to another ({@code yyyy-MM}, both included). */
	List<Document> months(String poleId, String from, String to) {
		return this.mongo.find(Query.query(Criteria.where("poleId").is(poleId).and("month").gte(from).lte(to)),
				Document.class, MONTHS);
	}

	static String orgKey(String organisationId) {
		return organisationId == null ? NO_ORGANISATION : organisationId;
	}

	static String cellId(String poleId, String organisation, String moduleId) {
		return poleId + "|" + organisation + "|" + moduleId;
	}

	private static Query byId(String id) {
		return Query.query(Criteria.where("_id").is(id));
	}

}
