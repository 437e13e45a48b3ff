package fr.egide.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.learning.Assignments;
import fr.egide.learning.Assignments.NewAssignment;
import fr.egide.learning.CoursesRenewed;
import fr.egide.onboarding.NewcomerArrived;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Generates and runs campaigns. Every step is idempotent (deterministic campaign ids, one
 * assignment per member and course), so the hourly job may run twice or after a crash; it
 * runs on one instance at a time (ShedLock).
 */
@Service
class Campaigns {

	static final String FAIR_SOURCE = "trade-fair";

	static final String ONBOARDING_SOURCE = "onboarding";

	static final String REFRESHER_SOURCE = "refresher";

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final java.time.format.DateTimeFormatter MONTH = java.time.format.DateTimeFormatter.ofPattern("MM/yyyy");

	private static final Logger log = LoggerFactory.getLogger(Campaigns.class);

	private final CampaignRepository campaigns;

	private final EventRepository events;

	private final Assignments assignments;

	private final Directory directory;

	private final MongoTemplate mongo;

	private final CampaignSettings settings;

	private final Clock clock;

	Campaigns(CampaignRepository campaigns, EventRepository events, Assignments assignments, Directory directory,
			MongoTemplate mongo, CampaignSettings settings, Clock clock) {
		this.campaigns = campaigns;
		this.events = events;
		this.assignments = assignments;
		this.directory = directory;
		this.mongo = mongo;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${egide.campaigns.cron:0 10 * * * *}", zone = "Europe/Paris")
	@SchedulerLock(name = "campaigns")
	public void hourly() {
		run();
	}

	/** Generates, launches and updates the campaigns of every event still to come; returns assignments created. */
	int run() {
		LocalDate today = today();
		int created = 0;
		for (var pole : this.directory.poles()) {
			for (PoleEvent event : this.events.findByPoleId(pole.id())) {
				if (!event.endsOn().isBefore(today)) {
					created += forEvent(event);
				}
			}
		}
		if (created > 0) {
			log.info("Campaigns assigned {} course(s)", created);
		}
		return created;
	}

	/**
	 * The event's trade-fair campaign, created if missing, with its dates following the event;
	 * launched when its day has come; participants added since launch get the courses too.
	 */
	int forEvent(PoleEvent event) {
		LocalDate today = today();
		Campaign campaign = this.campaigns.findById(Campaign.fairId(event.id())).orElse(null);
		if (campaign == null) {
			if (event.cancelled() || event.startsOn().isBefore(today)) {
				return 0;
			}
			campaign = insertOrFind(new Campaign(Campaign.fairId(event.id()), event.poleId(), CampaignKind.TRADE_FAIR,
					event.name(), event.id(), null, this.settings.fairCourses(), this.settings.leadDays(),
					this.settings.dueDaysBefore(), 0, null, null, this.settings.reminderDays(), CampaignState.DRAFT,
					Set.of(), this.clock.instant(), null));
		}
		if (campaign.state() == CampaignState.CANCELLED) {
			return 0;
		}
		if (event.cancelled()) {
			this.campaigns.save(campaign.withState(CampaignState.CANCELLED, this.clock.instant()));
			return 0;
		}
		campaign = this.campaigns.save(campaign.following(event, today));
		if (campaign.draft() && !campaign.launchOn().isAfter(today)) {
			campaign = this.campaigns.save(campaign.withState(CampaignState.LAUNCHED, this.clock.instant()));
		}
		return campaign.launched() ? assignParticipants(campaign, event) : 0;
	}

	/** Launches a draft now, whatever its launch day. */
	int launchNow(Campaign campaign) {
		if (!campaign.draft()) {
			return 0;
		}
		Campaign launched = this.campaigns.save(campaign.withState(CampaignState.LAUNCHED, this.clock.instant()));
		return this.events.findById(launched.eventId()).map(event -> assignParticipants(launched, event)).orElse(0);
	}

	/** Saves the admin's changes to a draft and follows the event again; false when it was launched meanwhile. */
	boolean edit(Campaign campaign, List<String> courseIds, int leadDays, int dueDaysBefore,
			List<Integer> reminderDays) {
		var current = this.campaigns.findById(campaign.id());
		if (current.isEmpty() || !current.get().draft()) {
			return false;
		}
		Campaign edited = current.get()
			.edited(courseIds, leadDays, dueDaysBefore, current.get().dueDaysAfterJoining(), reminderDays,
					current.get().dueOn());
		this.campaigns.save(edited);
		this.events.findById(edited.eventId()).ifPresent(this::forEvent);
		return true;
	}

	Optional<Campaign> find(String poleId, String id) {
		return this.campaigns.findById(id).filter(campaign -> campaign.poleId().equals(poleId));
	}

	List<Campaign> ofPole(String poleId) {
		return this.campaigns.findByPoleId(poleId);
	}

	Optional<Campaign> ofEvent(PoleEvent event) {
		return this.campaigns.findById(Campaign.fairId(event.id()));
	}

	/** Everyone taking part: the members named, and the active members of the organisations named. */
	Set<String> participants(PoleEvent event) {
		Set<String> members = new LinkedHashSet<>(event.memberIds());
		for (String organisationId : event.organisationIds()) {
			this.directory.organisation(event.poleId(), organisationId)
				.ifPresent(organisation -> this.directory.membersOf(organisation)
					.stream()
					.filter(MemberAccount::active)
					.forEach(member -> members.add(member.id())));
		}
		return members;
	}

	private int assignParticipants(Campaign campaign, PoleEvent event) {
		Set<String> participants = participants(event);
		int created = 0;
		for (String memberId : participants) {
			var member = this.directory.member(event.poleId(), memberId).filter(MemberAccount::active);
			if (member.isEmpty()) {
				continue;
			}
			for (String courseId : campaign.courseIds()) {
				var outcome = this.assignments.assign(new NewAssignment(memberId, event.poleId(),
						member.get().organisationId(), courseId, campaign.dueOn(), FAIR_SOURCE, campaign.id(),
						campaign.title(), campaign.reminderDays()));
				if (outcome == Assignments.Outcome.CREATED) {
					created++;
				}
			}
		}
		addMembers(campaign.id(), participants);
		Set<String> all = new LinkedHashSet<>(campaign.memberIds());
		all.addAll(participants);
		this.assignments.reschedule(campaign.id(), all, campaign.courseIds(), campaign.dueOn(), campaign.title(),
				campaign.reminderDays());
		return created;
	}

	@EventListener
	void on(NewcomerArrived newcomer) {
		var organisation = this.directory.organisation(newcomer.poleId(), newcomer.organisationId());
		if (organisation.isEmpty() || newcomer.courseIds().isEmpty()) {
			return;
		}
		Campaign campaign = this.campaigns.findById(Campaign.onboardingId(newcomer.organisationId()))
			.orElseGet(() -> insertOrFind(new Campaign(Campaign.onboardingId(newcomer.organisationId()),
					newcomer.poleId(), CampaignKind.ONBOARDING, organisation.get().name(), null,
					newcomer.organisationId(), newcomer.courseIds(), 0, 0, newcomer.dueDays(), today(), null, null,
					CampaignState.LAUNCHED, Set.of(), this.clock.instant(), this.clock.instant())));
		LocalDate due = newcomer.joinedAt().atZone(PARIS).toLocalDate().plusDays(campaign.dueDaysAfterJoining());
		for (String courseId : campaign.courseIds()) {
			this.assignments.assign(new NewAssignment(newcomer.memberId(), newcomer.poleId(), newcomer.organisationId(),
					courseId, due, ONBOARDING_SOURCE, campaign.id(), campaign.title(), campaign.reminderDays()));
		}
		addMembers(campaign.id(), List.of(newcomer.memberId()));
	}

	@EventListener
	void on(CoursesRenewed renewed) {
		var query = Query.query(Criteria.where("_id").is(renewed.campaignId()));
		var update = new Update().setOnInsert("poleId", renewed.poleId())
			.setOnInsert("kind", CampaignKind.REFRESHER)
			.setOnInsert("title", "Recyclage annuel — " + renewed.renewedOn().format(MONTH))
			.setOnInsert("leadDays", 0)
			.setOnInsert("dueDaysBefore", 0)
			.setOnInsert("dueDaysAfterJoining", 0)
			.setOnInsert("memberIds", List.of())
			.setOnInsert("state", CampaignState.LAUNCHED)
			.setOnInsert("launchOn", renewed.renewedOn())
			.setOnInsert("createdAt", this.clock.instant())
			.setOnInsert("launchedAt", this.clock.instant())
			.set("dueOn", renewed.dueOn())
			.addToSet("courseIds").each(renewed.courseIds().toArray());
		this.mongo.upsert(query, update, Campaign.class);
	}

	private void addMembers(String campaignId, Collection<String> memberIds) {
		if (!memberIds.isEmpty()) {
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(campaignId)),
					new Update().addToSet("memberIds").each(memberIds.toArray()), Campaign.class);
		}
	}

	private Campaign insertOrFind(Campaign campaign) {
		try {
			return this.campaigns.insert(campaign);
		}
		catch (DuplicateKeyException ex) {
			return this.campaigns.findById(campaign.id()).orElseThrow();
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(PARIS));
	}

}
