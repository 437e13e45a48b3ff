package fr.egide.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.egide.catalog.CourseCatalog;
import fr.egide.directory.Directory;
import fr.egide.directory.Pole;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Completions do not last for ever: once older than the pole's refresher period (12 months by
 * default) a module becomes "to renew" and its courses are assigned again, due in 30 days.
 * Runs nightly, once across instances (ShedLock).
 */
@Service
public class CompletionExpiry {

	static final String SOURCE = "refresher";

	static final int DAYS_TO_RENEW = 30;

	private static final Logger log = LoggerFactory.getLogger(CompletionExpiry.class);

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final MongoTemplate mongo;

	private final Directory directory;

	private final LearningProgress progress;

	private final Assignments assignments;

	private final CourseCatalog catalog;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CompletionExpiry(MongoTemplate mongo, Directory directory, LearningProgress progress, Assignments assignments,
			CourseCatalog catalog, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.mongo = mongo;
		this.directory = directory;
		this.progress = progress;
		this.assignments = assignments;
		this.catalog = catalog;
		this.clock = clock;
	}

	@Scheduled(cron = "${egide.expiry.cron:0 30 3 * * *}", zone = "Europe/Paris")
	@SchedulerLock(name = "completion-expiry")
	public void nightly() {
		run();
	}

	/** Expires every completion older than its pole's period; returns how many expired. */
	public int run() {
		int expired = 0;
		for (Pole pole : this.directory.poles()) {
			expired += expire(pole);
		}
		if (expired > 0) {
			log.info("{} completion(s) expired and their courses assigned again", expired);
		}
		return expired;
	}

	/** Renewals of one pole and month form one refresher campaign. */
	public static String refresherCampaignId(String poleId, LocalDate day) {
		return "refresher-" + poleId + "-" + day.toString().substring(0, 7);
	}

	private int expire(Pole pole) {
		var cutoff = this.clock.instant().atZone(PARIS).minusMonths(pole.refresherMonths()).toInstant();
		var query = Query.query(Criteria.where("poleId").is(pole.id()).and("passed").is(true)
			.and("completedAt").lt(Date.from(cutoff)));
		query.fields().include("memberId", "moduleId", "organisationId");
		LocalDate today = LocalDate.now(this.clock.withZone(PARIS));
		LocalDate due = today.plusDays(DAYS_TO_RENEW);
		String campaignId = refresherCampaignId(pole.id(), today);
		java.util.Set<String> renewedCourses = new java.util.TreeSet<>();
		int count = 0;
		for (Document entry : this.mongo.find(query, Document.class, "progress")) {
			String memberId = entry.getString("memberId");
			String moduleId = entry.getString("moduleId");
			if (!this.progress.expire(memberId, moduleId)) {
				continue;
			}
			count++;
			this.catalog.courses()
				.stream()
				.filter(course -> course.moduleIds().contains(moduleId))
				.forEach(course -> {
					renewedCourses.add(course.id());
					this.assignments.renew(new Assignments.NewAssignment(memberId, pole.id(),
							entry.getString("organisationId"), course.id(), due, SOURCE, campaignId, null, null));
				});
		}
		if (count > 0) {
			this.events.publishEvent(new CoursesRenewed(pole.id(), campaignId, List.copyOf(renewedCourses), today, due,
					count));
		}
		return count;
	}

}
