package fr.egide.reporting;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;

import fr.egide.ApiClient;
import fr.egide.EgideTest;
import fr.egide.MutableClock;
import fr.egide.TestMembers;
import fr.egide.TestOutbox;
import fr.egide.WebClient;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Pole;
import fr.egide.directory.Role;
import fr.egide.learning.Assignments;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class ReminderTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	Assignments assignments;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@Autowired
	AutomaticReminders job;

	@Autowired
	LockProvider locks;

	@Test
	void anAdminRemindsALateMemberOnceADayAndOnlyInTheirPole() throws InterruptedException {
		Pole pole = TestMembers.pole(this.directory);
		var late = TestMembers.member(this.directory, pole);
		var fresh = TestMembers.member(this.directory, pole);
		var outsider = TestMembers.member(this.directory, TestMembers.pole(this.directory));
		LocalDate due = today().minusDays(3);
		assign(late, due);
		assign(fresh, today().plusDays(10));
		assign(outsider, due);
		var web = signIn(TestMembers.member(this.directory, pole, Role.POLE_ADMIN));

		var overdue = web.get("/admin/reminders");
		assertThat(overdue.status()).isEqualTo(200);
		assertThat(overdue.body()).contains(late.displayName())
			.doesNotContain(fresh.displayName())
			.doesNotContain(outsider.displayName());
		assertThat(web.get("/admin/reminders?filter=NOT_STARTED").body()).contains(fresh.displayName());

		var first = remind(web, late.id());
		assertThat(first).contains("1 relance(s) en cours d’envoi").contains("0 identifiant(s) ignoré(s)");
		var outbox = new TestOutbox(this.mongo);
		var mail = outbox.latestTo(late.email());
		assertThat(mail.getString("kind")).isEqualTo("reminder");
		assertThat(mail.getString("text")).contains("Les essentiels").contains(due.format(DAY)).contains("Hello");
		assertThat(outbox.linkPath(late.email(), "/modules/")).isEqualTo("/modules/alpha");
		assertThat(outbox.countTo(late.email())).isEqualTo(1);
		assertThat(count("reminders", Criteria.where("memberId").is(late.id()).and("kind").is("MANUAL")
			.and("courseId").is("essentials").and("dueOn").ne(null))).isEqualTo(1);
		assertThat(count("audit", Criteria.where("poleId").is(pole.id()).and("action").is("reminders.sent")))
			.isEqualTo(1);

		var second = remind(web, late.id());
		assertThat(second).contains("0 relance(s) en cours d’envoi").contains("1 membre(s) déjà relancé(s)");
		assertThat(web.get("/admin/reminders").body()).contains("relancé·e il y a moins de 24");
		var foreign = remind(web, outsider.id());
		assertThat(foreign).contains("0 relance(s) en cours d’envoi").contains("1 identifiant(s) ignoré(s)");
		Thread.sleep(500);
		assertThat(outbox.countTo(late.email())).isEqualTo(1);
		assertThat(outbox.countTo(outsider.email())).isZero();
		assertThat(count("audit", Criteria.where("poleId").is(pole.id()).and("action").is("reminders.sent")))
			.isEqualTo(3);
	}

	@Test
	void remindingTheWholeListReachesEveryMatchingMember() {
		Pole pole = TestMembers.pole(this.directory);
		var first = TestMembers.member(this.directory, pole);
		var second = TestMembers.member(this.directory, pole);
		assign(first, today().plusDays(5));
		assign(second, today().plusDays(6));
		var web = signIn(TestMembers.member(this.directory, pole, Role.POLE_ADMIN));
		var response = web.post("/admin/reminders", Map.of("filter", "NOT_STARTED", "all", "true"));
		assertThat(web.get(response.location()).body()).contains("2 relance(s) en cours d’envoi");
		var outbox = new TestOutbox(this.mongo);
		assertThat(outbox.latestTo(first.email()).getString("text")).contains(today().plusDays(5).format(DAY));
		assertThat(outbox.latestTo(second.email()).getString("text")).contains(today().plusDays(6).format(DAY));
	}

	@Test
	void aMemberWhoCompletedTheCourseIsNotListed() {
		Pole pole = TestMembers.pole(this.directory);
		var done = TestMembers.member(this.directory, pole);
		assign(done, today().minusDays(2));
		var api = new ApiClient(this.port);
		String token = api.token(done.email(), TestMembers.PASSWORD);
		assertThat(pass(api, token, "alpha", """
				{"q1": ["a"], "q2": ["premiere", "deuxieme"], "q3": ["true"], "q4": ["a"], "q5": ["a"]}""")).isTrue();
		assertThat(this.assignments.unfinishedOf(List.of(done.id()))).hasSize(1);
		assertThat(pass(api, token, "beta", "{\"seul\": [\"true\"], \"autre\": [\"a\"]}")).isTrue();

		assertThat(count("assignments", Criteria.where("memberId").is(done.id()).and("completedAt").ne(null)))
			.isEqualTo(1);
		assertThat(this.assignments.unfinishedOf(List.of(done.id()))).isEmpty();
		var web = signIn(TestMembers.member(this.directory, pole, Role.POLE_ADMIN));
		assertThat(web.get("/admin/reminders").body()).doesNotContain(done.displayName());
		assertThat(web.get("/admin/reminders?filter=NOT_STARTED").body()).doesNotContain(done.displayName());
	}

	@Test
	void automaticRemindersGoOncePerStageBeforeAndAfterTheDueDate() {
		var member = TestMembers.member(this.directory, TestMembers.pole(this.directory));
		LocalDate due = today().plusDays(30);
		assign(member, due);
		ZonedDateTime dueStart = due.atStartOfDay(PARIS);
		var outbox = new TestOutbox(this.mongo);

		moveTo(dueStart.minusDays(8));
		this.job.run();
		assertThat(outbox.countTo(member.email())).isZero();
		moveTo(dueStart.minusDays(7).plusHours(1));
		assertThat(this.job.run()).isPresent();
		assertThat(outbox.countTo(member.email())).isEqualTo(1);
		assertThat(outbox.latestTo(member.email()).getString("text")).contains(due.format(DAY)).contains("/modules/alpha");
		this.job.run();
		assertThat(outbox.countTo(member.email())).isEqualTo(1);

		moveTo(dueStart.minusDays(1).plusHours(1));
		this.job.run();
		this.job.run();
		assertThat(outbox.countTo(member.email())).isEqualTo(2);

		moveTo(dueStart.plusDays(1).plusHours(1));
		this.job.run();
		assertThat(outbox.countTo(member.email())).isEqualTo(3);
		assertThat(outbox.latestTo(member.email()).getString("text")).contains("en retard").contains("overdue");
		assertThat(count("reminders", Criteria.where("memberId").is(member.id()).and("kind").is("AUTOMATIC")
			.and("status").is("KEPT"))).isEqualTo(3);
	}

	@Test
	void aCampaignsOwnReminderDaysReplaceThePolesUsualOnes() {
		var member = TestMembers.member(this.directory, TestMembers.pole(this.directory));
		LocalDate due = today().plusDays(40);
		assertThat(this.assignments.assign(new Assignments.NewAssignment(member.id(), member.poleId(),
				member.organisationId(), "essentials", due, "trade-fair", "fair-test-" + member.id(), "Salon test",
				List.of(20)))).isEqualTo(Assignments.Outcome.CREATED);
		ZonedDateTime dueStart = due.atStartOfDay(PARIS);
		var outbox = new TestOutbox(this.mongo);

		moveTo(dueStart.minusDays(20).plusHours(1));
		this.job.run();
		assertThat(outbox.countTo(member.email())).as("20 days before, the campaign's day").isEqualTo(1);
		moveTo(dueStart.minusDays(7).plusHours(1));
		this.job.run();
		assertThat(outbox.countTo(member.email())).as("the pole's usual 7 days: not for this campaign").isEqualTo(1);
		moveTo(dueStart.plusDays(1).plusHours(1));
		this.job.run();
		assertThat(outbox.countTo(member.email())).as("overdue reminders still go").isEqualTo(2);
	}

	@Test
	void twoInstancesRunningTheJobAtOnceSendOnce() throws Exception {
		var member = TestMembers.member(this.directory, TestMembers.pole(this.directory));
		LocalDate due = today().plusDays(3);
		assign(member, due);
		moveTo(due.atStartOfDay(PARIS).minusDays(1).plusHours(2));
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(2);
		try {
			Callable<Optional<Integer>> run = () -> {
				start.await();
				return this.job.run();
			};
			List<Future<Optional<Integer>>> results = new ArrayList<>(List.of(pool.submit(run), pool.submit(run)));
			start.countDown();
			for (var result : results) {
				result.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(new TestOutbox(this.mongo).countTo(member.email())).isEqualTo(1);
	}

	@Test
	void theJobDoesNothingWhileAnotherInstanceHoldsTheLock() {
		var member = TestMembers.member(this.directory, TestMembers.pole(this.directory));
		LocalDate due = today().plusDays(2);
		assign(member, due);
		moveTo(due.atStartOfDay(PARIS).minusDays(1).plusHours(3));
		var held = this.locks
			.lock(new LockConfiguration(ClockProvider.now(), AutomaticReminders.LOCK, Duration.ofMinutes(5),
					Duration.ZERO))
			.orElseThrow();
		try {
			assertThat(this.job.run()).isEmpty();
			assertThat(new TestOutbox(this.mongo).countTo(member.email())).isZero();
		}
		finally {
			held.unlock();
		}
		assertThat(this.job.run()).isPresent();
		assertThat(new TestOutbox(this.mongo).countTo(member.email())).isEqualTo(1);
	}

	@Test
	void aPlainMemberCannotOpenTheRemindersPage() {
		var web = signIn(TestMembers.member(this.directory, TestMembers.pole(this.directory)));
		assertThat(web.get("/admin/reminders").status()).isEqualTo(403);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), PARIS);
	}

	private void moveTo(ZonedDateTime moment) {
		assertThat(moment.toInstant()).isAfterOrEqualTo(this.clock.instant());
		this.clock.set(moment.toInstant());
	}

	private void assign(MemberAccount member, LocalDate due) {
		assertThat(this.assignments.assign(new Assignments.NewAssignment(member.id(), member.poleId(),
				member.organisationId(), "essentials", due, "test"))).isEqualTo(Assignments.Outcome.CREATED);
	}

	private WebClient signIn(MemberAccount account) {
		var web = new WebClient(this.port);
		assertThat(web.login(account.email(), TestMembers.PASSWORD).redirectsTo("/")).isTrue();
		return web;
	}

	private String remind(WebClient web, String memberId) {
		var response = web.post("/admin/reminders", Map.of("filter", "OVERDUE", "member", memberId));
		assertThat(response.redirectsTo("/admin/reminders")).isTrue();
		return web.get(response.location()).body();
	}

	private boolean pass(ApiClient api, String token, String moduleId, String answers) {
		var response = api.post("/api/modules/" + moduleId + "/quiz/attempts", token,
				"{\"submissionId\": \"" + UUID.randomUUID() + "\", \"answers\": " + answers + "}");
		assertThat(response.status()).isEqualTo(200);
		return response.body().get("passed").asBoolean();
	}

	private long count(String collection, Criteria criteria) {
		return this.mongo.count(Query.query(criteria), collection);
	}

}
