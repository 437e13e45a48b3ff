package fr.egide.reporting;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.bson.Document;

import fr.egide.catalog.CourseCatalog;
import fr.egide.learning.ProgressRecords;
import fr.egide.learning.ProgressStatus;

/**
 * The dashboard counters summed from members and their standings, as {@link CompletionReadModel}
 * keeps them: what a rebuild stores, and what bulk seeding adds for the pole it creates.
 */
public final class CounterTally {

	private final CourseCatalog catalog;

	private final Map<String, Document> memberCounts = new HashMap<>();

	private final Map<String, Document> cells = new HashMap<>();

	private final Map<String, Document> months = new HashMap<>();

	private final Map<String, Set<String>> passedByMember = new HashMap<>();

	private final Map<String, String[]> placeOfMember = new HashMap<>();

	CounterTally(CourseCatalog catalog) {
		this.catalog = catalog;
	}

	public void member(String poleId, String organisationId) {
		String organisation = CompletionReadModel.orgKey(organisationId);
		this.memberCounts.computeIfAbsent(poleId + "|" + organisation,
				id -> new Document("_id", id).append("poleId", poleId).append("organisationId", organisation).append("members", 0))
			.merge("members", 1, CounterTally::sum);
	}

	public void standing(ProgressRecords.Standing standing) {
		if (standing.poleId() == null || standing.status() == ProgressStatus.NOT_STARTED) {
			return;
		}
		String organisation = CompletionReadModel.orgKey(standing.organisationId());
		String cellId = CompletionReadModel.cellId(standing.poleId(), organisation, standing.moduleId());
		cell(this.cells, cellId, standing.poleId(), organisation, standing.moduleId())
			.merge(standing.status().name(), 1, CounterTally::sum);
		if (standing.status() == ProgressStatus.PASSED) {
			this.passedByMember.computeIfAbsent(standing.memberId(), id -> new HashSet<>()).add(standing.moduleId());
			this.placeOfMember.putIfAbsent(standing.memberId(), new String[] { standing.poleId(), organisation });
			if (standing.completedAt() != null) {
				String month = CompletionReadModel.MONTH.format(standing.completedAt().atZone(CompletionReadModel.PARIS));
				cell(this.months, cellId + "|" + month, standing.poleId(), organisation, standing.moduleId())
					.append("month", month)
					.merge("passed", 1, CounterTally::sum);
			}
		}
	}

	Collection<Document> memberCounts() {
		return this.memberCounts.values();
	}

	Collection<Document> cells() {
		return this.cells.values();
	}

	Collection<Document> months() {
		return this.months.values();
	}

	/** Courses completed per pole and organisation: every module of the course passed. */
	Collection<Document> courses() {
		Map<String, Document> courses = new HashMap<>();
		this.passedByMember.forEach((memberId, passed) -> {
			String[] place = this.placeOfMember.get(memberId);
			this.catalog.coursesFollowedBy(place[0])
				.stream()
				.filter(course -> passed.containsAll(course.moduleIds()))
				.forEach(course -> courses
					.computeIfAbsent(place[0] + "|" + place[1] + "|" + course.id(),
							key -> new Document("_id", key).append("poleId", place[0])
								.append("organisationId", place[1])
								.append("courseId", course.id()))
					.merge("completed", 1, CounterTally::sum));
		});
		return courses.values();
	}

	private static Document cell(Map<String, Document> cells, String id, String poleId, String organisation,
			String moduleId) {
		return cells.computeIfAbsent(id, key -> new Document("_id", key).append("poleId", poleId)
			.append("organisationId", organisation)
			.append("moduleId", moduleId));
	}

	private static Object sum(Object a, Object b) {
		return (Integer) a + (Integer) b;
	}

}
