package fr.egide.reporting;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.bson.Document;

import fr.egide.catalog.Course;
import fr.egide.catalog.CourseCatalog;
import fr.egide.catalog.CourseModule;
import fr.egide.directory.Directory;
import fr.egide.directory.Organisation;

import org.springframework.stereotype.Service;

/**
 * The pole admin's figures, read from the counters only (a handful of small documents per
 * pole), so they answer as fast with 100,000 members as with ten.
 */
@Service
class Dashboard {

	static final int TREND_MONTHS = 12;

	private final CompletionReadModel counters;

	private final CourseCatalog catalog;

	private final Directory directory;

	private final Clock clock;

	Dashboard(CompletionReadModel counters, CourseCatalog catalog, Directory directory, Clock clock) {
		this.counters = counters;
		this.catalog = catalog;
		this.directory = directory;
		this.clock = clock;
	}

	/** What the admin narrowed the figures to; null fields mean "all". */
	record Scope(String organisationId, String courseId, YearMonth from, YearMonth to) {
	}

	record ModuleFigures(String moduleId, String title, long members, long inProgress, long failed, long passed,
			long expired) {

		public long started() {
			return this.inProgress + this.failed + this.passed + this.expired;
		}

		public long notStarted() {
			return Math.max(0, this.members - started());
		}

		public int passedPercent() {
			return percent(this.passed, this.members);
		}

	}

	record CourseFigures(String courseId, String title, long members, long completed, List<ModuleFigures> modules) {

		public int completedPercent() {
			return percent(this.completed, this.members);
		}

	}

	record OrganisationFigures(String organisationId, String name, long members, long modulesPassed, int moduleCount,
			long coursesCompleted) {

		/** Share of all (member, module) pairs that are passed. */
		public int passedPercent() {
			return percent(this.modulesPassed, this.members * this.moduleCount);
		}

	}

	record MonthFigures(String month, long passed) {
	}

	record Figures(long members, List<CourseFigures> courses, List<ModuleFigures> modules,
			List<OrganisationFigures> organisations, List<MonthFigures> trend) {
	}

	Figures figures(String poleId, Scope scope) {
		Predicate<String> inOrganisation = org -> scope.organisationId() == null || scope.organisationId().equals(org);
		List<Course> courses = this.catalog.coursesFollowedBy(poleId)
			.stream()
			.filter(course -> scope.courseId() == null || course.id().equals(scope.courseId()))
			.toList();
		List<CourseModule> modules = courses.stream()
			.flatMap(course -> course.moduleIds().stream())
			.distinct()
			.flatMap(id -> this.catalog.module(id).stream())
			.toList();
		Map<String, Long> membersByOrganisation = new HashMap<>();
		this.counters.memberCounts(poleId)
			.forEach(doc -> membersByOrganisation.put(doc.getString("organisationId"), count(doc, "members")));
		long members = membersByOrganisation.entrySet()
			.stream()
			.filter(entry -> inOrganisation.test(entry.getKey()))
			.mapToLong(Map.Entry::getValue)
			.sum();
		List<Document> cells = this.counters.cells(poleId)
			.stream()
			.filter(doc -> inOrganisation.test(doc.getString("organisationId")))
			.toList();
		List<ModuleFigures> moduleFigures = modules.stream()
			.map(module -> moduleFigures(module, members, cells))
			.toList();
		List<Document> courseCounts = this.counters.courses(poleId);
		Map<String, Long> completedByCourse = new HashMap<>();
		courseCounts.stream()
			.filter(doc -> inOrganisation.test(doc.getString("organisationId")))
			.forEach(doc -> completedByCourse.merge(doc.getString("courseId"), count(doc, "completed"), Long::sum));
		List<CourseFigures> courseFigures = courses.stream()
			.map(course -> new CourseFigures(course.id(), course.title(), members,
					completedByCourse.getOrDefault(course.id(), 0L),
					moduleFigures.stream().filter(m -> course.moduleIds().contains(m.moduleId())).toList()))
			.toList();
		Set<String> moduleIds = Set.copyOf(modules.stream().map(CourseModule::id).toList());
		return new Figures(members, courseFigures, moduleFigures,
				organisations(poleId, scope, membersByOrganisation, cells, moduleIds, courseCounts),
				trend(poleId, scope, inOrganisation, moduleIds));
	}

	private List<OrganisationFigures> organisations(String poleId, Scope scope, Map<String, Long> membersByOrganisation,
			List<Document> cells, Set<String> moduleIds, List<Document> courseCounts) {
		Map<String, Long> coursesCompleted = new HashMap<>();
		courseCounts.stream()
			.filter(doc -> scope.courseId() == null || scope.courseId().equals(doc.getString("courseId")))
			.forEach(doc -> coursesCompleted.merge(doc.getString("organisationId"), count(doc, "completed"), Long::sum));
		Map<String, Long> passes = new HashMap<>();
		cells.stream()
			.filter(doc -> moduleIds.contains(doc.getString("moduleId")))
			.forEach(doc -> passes.merge(doc.getString("organisationId"), count(doc, "PASSED"), Long::sum));
		List<OrganisationFigures> figures = new ArrayList<>();
		for (Organisation organisation : this.directory.organisations(poleId)) {
			if (scope.organisationId() == null || scope.organisationId().equals(organisation.id())) {
				figures.add(new OrganisationFigures(organisation.id(), organisation.name(),
						membersByOrganisation.getOrDefault(organisation.id(), 0L), passes.getOrDefault(organisation.id(), 0L),
						moduleIds.size(), coursesCompleted.getOrDefault(organisation.id(), 0L)));
			}
		}
		return figures;
	}

	private List<MonthFigures> trend(String poleId, Scope scope, Predicate<String> inOrganisation, Set<String> moduleIds) {
		YearMonth to = scope.to() != null ? scope.to() : YearMonth.now(this.clock.withZone(CompletionReadModel.PARIS));
		YearMonth from = scope.from() != null ? scope.from() : to.minusMonths(TREND_MONTHS - 1);
		Map<String, Long> passes = new HashMap<>();
		this.counters.months(poleId, CompletionReadModel.MONTH.format(from.atDay(1)), CompletionReadModel.MONTH.format(to.atDay(1)))
			.stream()
			.filter(doc -> inOrganisation.test(doc.getString("organisationId")) && moduleIds.contains(doc.getString("moduleId")))
			.forEach(doc -> passes.merge(doc.getString("month"), count(doc, "passed"), Long::sum));
		List<MonthFigures> months = new ArrayList<>();
		for (YearMonth month = from; !month.isAfter(to) && months.size() < 120; month = month.plusMonths(1)) {
			String key = CompletionReadModel.MONTH.format(month.atDay(1));
			months.add(new MonthFigures(key, passes.getOrDefault(key, 0L)));
		}
		return months;
	}

	private static ModuleFigures moduleFigures(CourseModule module, long members, List<Document> cells) {
		long[] sums = new long[4];
		cells.stream().filter(doc -> module.id().equals(doc.getString("moduleId"))).forEach(doc -> {
			sums[0] += count(doc, "IN_PROGRESS");
			sums[1] += count(doc, "FAILED");
			sums[2] += count(doc, "PASSED");
			sums[3] += count(doc, "EXPIRED");
		});
		return new ModuleFigures(module.id(), module.title(), members, sums[0], sums[1], sums[2], sums[3]);
	}

	private static long count(Document doc, String field) {
		return doc.get(field) instanceof Number number ? number.longValue() : 0;
	}

	static int percent(long part, long whole) {
		return whole <= 0 ? 0 : (int) Math.min(100, Math.round(100.0 * part / whole));
	}

}
