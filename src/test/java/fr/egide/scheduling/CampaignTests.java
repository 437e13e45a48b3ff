package fr.egide.scheduling;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.egide.EgideTest;
import fr.egide.MutableClock;
import fr.egide.TestMembers;
import fr.egide.WebClient;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Pole;
import fr.egide.directory.Role;
import fr.egide.learning.Assignments;
import fr.egide.learning.CompletionExpiry;
import fr.egide.learning.CoursesRenewed;
import fr.egide.onboarding.NewcomerArrived;
import fr.egide.quiz.QuizGrading;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class CampaignTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	Events events;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Assignments assignments;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	QuizGrading grading;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@Test
	void aFairGetsADraftCampaignLaunchedThirtyDaysBeforeDueThreeDaysBeforeAndGeneratedOnce() {
		var pole = TestMembers.pole(this.directory);
		var member = TestMembers.member(this.directory, pole);
		LocalDate opening = today().plusDays(45);
		var event = this.events.create(pole.id(), details("Salon draft", opening, "DE"));
		this.events.setParticipants(event, Set.of(member.organisationId()), Set.of());

		Campaign draft = this.campaigns.ofEvent(event).orElseThrow();
		assertThat(draft.state()).isEqualTo(CampaignState.DRAFT);
		assertThat(draft.kind()).isEqualTo(CampaignKind.TRADE_FAIR);
		assertThat(draft.launchOn()).isEqualTo(opening.minusDays(30));
		assertThat(draft.dueOn()).isEqualTo(opening.minusDays(3));
		assertThat(this.assignments.forMember(member.id())).isEmpty();
		assertThat(event.abroad()).isTrue();

		this.clock.advance(Duration.ofDays(15));
		assertThat(this.campaigns.run()).isGreaterThanOrEqualTo(1);
		assertThat(this.campaigns.run()).as("second run of the job").isZero();
		assertThat(this.campaigns.ofEvent(event).orElseThrow().state()).isEqualTo(CampaignState.LAUNCHED);
		var assigned = this.assignments.forMember(member.id());
		assertThat(assigned).singleElement().satisfies(view -> {
			assertThat(view.courseId()).isEqualTo("essentials");
			assertThat(view.dueOn()).isEqualTo(opening.minusDays(3));
			assertThat(view.campaignId()).isEqualTo(Campaign.fairId(event.id()));
			assertThat(view.label()).isEqualTo("Salon draft");
		});
		assertThat(this.mongo.count(Query.query(Criteria.where("campaignId").is(Campaign.fairId(event.id()))),
				"assignments")).isEqualTo(1);
		assertThat(this.assignments.tally(Campaign.fairId(event.id())).assigned()).isEqualTo(1);
		assertThat(this.mongo.count(Query.query(Criteria.where("eventId").is(event.id())), "campaigns")).isEqualTo(1);

		var web = new WebClient(this.port);
		web.login(member.email(), TestMembers.PASSWORD);
		String home = web.get("/").body();
		assertThat(home).contains("Avant le salon «\u00a0Salon draft\u00a0»");
	}

	@Test
	void aFairCloserThanThirtyDaysLaunchesAtOnceAndLateParticipantsAreAddedByTheNextRun() {
		var pole = TestMembers.pole(this.directory);
		var first = TestMembers.member(this.directory, pole);
		var event = this.events.create(pole.id(), details("Salon proche", today().plusDays(10), "FR"));
		event = this.events.setParticipants(event, Set.of(), Set.of(first.id()));
		assertThat(this.campaigns.ofEvent(event).orElseThrow().state()).isEqualTo(CampaignState.LAUNCHED);
		assertThat(this.assignments.forMember(first.id())).hasSize(1);
		assertThat(event.abroad()).isFalse();

		var late = TestMembers.member(this.directory, pole);
		this.events.setParticipants(event, Set.of(), Set.of(first.id(), late.id()));
		assertThat(this.assignments.forMember(late.id())).singleElement()
			.satisfies(view -> assertThat(view.dueOn()).isEqualTo(today().plusDays(7)));
		assertThat(this.assignments.tally(Campaign.fairId(event.id())).assigned()).isEqualTo(2);
	}

	@Test
	void whenTheEventMovesAfterLaunchUnfinishedDueDatesFollow() {
		var pole = TestMembers.pole(this.directory);
		var member = TestMembers.member(this.directory, pole);
		LocalDate opening = today().plusDays(20);
		var event = this.events.create(pole.id(), details("Salon déplacé", opening, "FR"));
		event = this.events.setParticipants(event, Set.of(), Set.of(member.id()));
		assertThat(this.assignments.forMember(member.id()).get(0).dueOn()).isEqualTo(opening.minusDays(3));

		LocalDate moved = opening.plusDays(14);
		this.events.update(event, new EventDetails("Salon déplacé 2027", "Lyon", "FR", moved, moved.plusDays(2), ""));

		var view = this.assignments.forMember(member.id()).get(0);
		assertThat(view.dueOn()).isEqualTo(moved.minusDays(3));
		assertThat(view.label()).isEqualTo("Salon déplacé 2027");
		var campaign = this.campaigns.ofEvent(event).orElseThrow();
		assertThat(campaign.dueOn()).isEqualTo(moved.minusDays(3));
		assertThat(campaign.launchOn()).as("a launched campaign keeps its launch day").isEqualTo(today());
	}

	@Test
	void aDraftIsEditableUntilLaunchThenNoLonger() {
		var pole = TestMembers.pole(this.directory);
		LocalDate opening = today().plusDays(60);
		var event = this.events.create(pole.id(), details("Salon à régler", opening, "FR"));
		var draft = this.campaigns.ofEvent(event).orElseThrow();
		assertThat(this.campaigns.edit(draft, List.of("essentials"), 40, 5, List.of(10, 2))).isTrue();
		var edited = this.campaigns.ofEvent(event).orElseThrow();
		assertThat(edited.launchOn()).isEqualTo(opening.minusDays(40));
		assertThat(edited.dueOn()).isEqualTo(opening.minusDays(5));
		assertThat(edited.reminderDays()).containsExactly(10, 2);

		this.campaigns.launchNow(edited);
		assertThat(this.campaigns.edit(edited, List.of("essentials"), 30, 3, List.of())).isFalse();
	}

	@Test
	void aCancelledEventCancelsItsDraftCampaign() {
		var pole = TestMembers.pole(this.directory);
		var member = TestMembers.member(this.directory, pole);
		var event = this.events.create(pole.id(), details("Salon annulé", today().plusDays(50), "FR"));
		event = this.events.setParticipants(event, Set.of(), Set.of(member.id()));
		this.events.cancel(event);
		assertThat(this.campaigns.ofEvent(event).orElseThrow().state()).isEqualTo(CampaignState.CANCELLED);
		this.clock.advance(Duration.ofDays(25));
		this.campaigns.run();
		assertThat(this.assignments.forMember(member.id())).isEmpty();
	}

	@Test
	void aNewcomerJoinsTheOnboardingCampaignOfTheirOrganisationAndItsTallyCountsTheirCompletion() {
		var pole = TestMembers.pole(this.directory);
		var member = TestMembers.member(this.directory, pole);
		var joined = this.clock.instant();
		this.publisher.publishEvent(new NewcomerArrived(member.id(), pole.id(), member.organisationId(), joined,
				List.of("essentials"), 21));
		this.publisher.publishEvent(new NewcomerArrived(member.id(), pole.id(), member.organisationId(), joined,
				List.of("essentials"), 21));
		String campaignId = Campaign.onboardingId(member.organisationId());
		var campaign = this.campaigns.find(pole.id(), campaignId).orElseThrow();
		assertThat(campaign.kind()).isEqualTo(CampaignKind.ONBOARDING);
		assertThat(campaign.memberIds()).containsExactly(member.id());
		assertThat(this.assignments.forMember(member.id())).singleElement()
			.satisfies(view -> assertThat(view.dueOn()).isEqualTo(joined.atZone(PARIS).toLocalDate().plusDays(21)));
		assertThat(this.assignments.tally(campaignId).assigned()).isEqualTo(1);

		passEveryModule(member);
		var tally = this.assignments.tally(campaignId);
		assertThat(tally.completed()).isEqualTo(1);
		assertThat(tally.percent()).isEqualTo(100);
	}

	@Test
	void renewalsOfAMonthFormARefresherCampaign() {
		var pole = TestMembers.pole(this.directory);
		String campaignId = CompletionExpiry.refresherCampaignId(pole.id(), today());
		this.publisher.publishEvent(new CoursesRenewed(pole.id(), campaignId, List.of("essentials"), today(),
				today().plusDays(30), 3));
		this.publisher.publishEvent(new CoursesRenewed(pole.id(), campaignId, List.of("essentials"), today(),
				today().plusDays(30), 1));
		var campaign = this.campaigns.find(pole.id(), campaignId).orElseThrow();
		assertThat(campaign.kind()).isEqualTo(CampaignKind.REFRESHER);
		assertThat(campaign.state()).isEqualTo(CampaignState.LAUNCHED);
		assertThat(campaign.courseIds()).containsExactly("essentials");
		assertThat(this.campaigns.ofPole(pole.id())).hasSize(1);
	}

	@Test
	void theCampaignPagesShowTheFiguresToTheirPoleOnly() {
		Pole pole = TestMembers.pole(this.directory);
		MemberAccount admin = TestMembers.member(this.directory, pole, Role.POLE_ADMIN);
		var member = TestMembers.member(this.directory, pole);
		var event = this.events.create(pole.id(), details("Salon chiffré", today().plusDays(12), "IT"));
		this.events.setParticipants(event, Set.of(), Set.of(member.id()));
		var web = new WebClient(this.port);
		web.login(admin.email(), TestMembers.PASSWORD);
		var list = web.get("/admin/campaigns");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("Salon chiffré").contains("data-campaign=\"fair-" + event.id() + "\"");
		var page = web.get("/admin/campaigns/fair-" + event.id());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("0 terminé(s) sur 1 (0\u00a0%)", member.displayName());
		var dashboard = web.get("/admin");
		assertThat(dashboard.body()).contains("Salon chiffré");
	}

	private void passEveryModule(MemberAccount member) {
		var learner = TestMembers.learner(member);
		this.grading.submit(learner, "alpha", java.util.UUID.randomUUID(), java.util.Map.of("q1", List.of("a"), "q2",
				List.of("premiere", "deuxieme"), "q3", List.of("true"), "q4", List.of("a"), "q5", List.of("a")));
		this.grading.submit(learner, "beta", java.util.UUID.randomUUID(),
				java.util.Map.of("seul", List.of("true"), "autre", List.of("a")));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(PARIS));
	}

	private static EventDetails details(String name, LocalDate opening, String country) {
		return new EventDetails(name, "Paris Nord Villepinte", country, opening, opening.plusDays(3),
				"https://salon.example.org");
	}

}
