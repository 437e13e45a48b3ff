package fr.egide.scheduling;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

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
import fr.egide.learning.LearningProgress;
import fr.egide.learning.ProgressStatus;
import fr.egide.scheduling.TrainingSession.SessionFormat;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class SessionTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	Sessions sessions;

	@Autowired
	Events events;

	@Autowired
	SlotSuggestions slots;

	@Autowired
	LearningProgress progress;

	@Autowired
	Assignments assignments;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@Autowired
	org.springframework.context.ApplicationEventPublisher publisher;

	@Test
	void twoRegistrationsForTheLastSeatAtOnceGiveOneSeatAndOneWaitingPlace() throws Exception {
		var pole = TestMembers.pole(this.directory);
		var speaker = TestMembers.member(this.directory, pole, Role.SPEAKER);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 10; round++) {
				var session = this.sessions.create(speaker.id(), details(pole, inDays(20 + round), 1));
				var first = TestMembers.member(this.directory, pole);
				var second = TestMembers.member(this.directory, pole);
				var start = new CountDownLatch(1);
				Future<Sessions.Registration> a = pool.submit(() -> {
					start.await();
					return this.sessions.register(session, first);
				});
				Future<Sessions.Registration> b = pool.submit(() -> {
					start.await();
					return this.sessions.register(session, second);
				});
				start.countDown();
				assertThat(List.of(a.get(), b.get())).as("round %d", round)
					.containsExactlyInAnyOrder(Sessions.Registration.SEATED, Sessions.Registration.WAITING);
				var roster = this.sessions.roster(session.id());
				assertThat(roster.seated()).hasSize(1);
				assertThat(roster.waiting()).hasSize(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aFreedSeatGoesToTheFirstInLineWhoIsToldByEmail() {
		var pole = TestMembers.pole(this.directory);
		var speaker = TestMembers.member(this.directory, pole, Role.SPEAKER);
		var session = this.sessions.create(speaker.id(), details(pole, inDays(15), 1));
		var seated = TestMembers.member(this.directory, pole);
		var firstInLine = TestMembers.member(this.directory, pole);
		var secondInLine = TestMembers.member(this.directory, pole);
		assertThat(this.sessions.register(session, seated)).isEqualTo(Sessions.Registration.SEATED);
		assertThat(this.sessions.register(session, firstInLine)).isEqualTo(Sessions.Registration.WAITING);
		assertThat(this.sessions.register(session, secondInLine)).isEqualTo(Sessions.Registration.WAITING);
		assertThat(this.sessions.roster(session.id()).standingOf(secondInLine.id()).waitingPosition()).isEqualTo(2);

		this.sessions.unregister(session, seated.id());

		var roster = this.sessions.roster(session.id());
		assertThat(roster.seated()).extracting(SessionRoster.Place::memberId).containsExactly(firstInLine.id());
		assertThat(roster.standingOf(secondInLine.id()).waitingPosition()).isEqualTo(1);
		var outbox = new TestOutbox(this.mongo);
		assertThat(outbox.latestTo(firstInLine.email()).getString("subject")).contains("place s’est libérée");
		assertThat(outbox.countTo(secondInLine.email())).isZero();
	}

	@Test
	void aLargerCapacitySeatsThoseWaitingAndEveryoneElseIsToldOfTheChange() {
		var pole = TestMembers.pole(this.directory);
		var speaker = TestMembers.member(this.directory, pole, Role.SPEAKER);
		var session = this.sessions.create(speaker.id(), details(pole, inDays(16), 1));
		var seated = TestMembers.member(this.directory, pole);
		var waiting = TestMembers.member(this.directory, pole);
		this.sessions.register(session, seated);
		this.sessions.register(session, waiting);
		var updated = this.sessions.update(session, details(pole, inDays(17), 2));
		assertThat(updated.sequence()).isEqualTo(session.sequence() + 1);
		assertThat(this.sessions.roster(session.id()).seated()).hasSize(2);
		var outbox = new TestOutbox(this.mongo);
		assertThat(outbox.latestTo(waiting.email()).getString("kind")).isEqualTo("session-promoted");
		assertThat(outbox.latestTo(seated.email()).getString("kind")).isEqualTo("session-updated");
	}

	@Test
	void aCancelledSessionTellsEveryoneAndClosesRegistration() {
		var pole = TestMembers.pole(this.directory);
		var speaker = TestMembers.member(this.directory, pole, Role.SPEAKER);
		var session = this.sessions.create(speaker.id(), details(pole, inDays(18), 1));
		var seated = TestMembers.member(this.directory, pole);
		var waiting = TestMembers.member(this.directory, pole);
		this.sessions.register(session, seated);
		this.sessions.register(session, waiting);
		var cancelled = this.sessions.cancel(session);
		assertThat(cancelled.cancelled()).isTrue();
		assertThat(cancelled.sequence()).isEqualTo(session.sequence() + 1);
		var outbox = new TestOutbox(this.mongo);
		for (MemberAccount member : List.of(seated, waiting)) {
			var mail = outbox.latestTo(member.email());
			assertThat(mail.getString("kind")).isEqualTo("session-cancelled");
			assertThat(mail.getString("text")).contains("Atelier", "est annulée");
		}
		assertThat(this.sessions.register(cancelled, TestMembers.member(this.directory, pole)))
			.isEqualTo(Sessions.Registration.CLOSED);
		assertThat(this.sessions.cancel(cancelled).sequence()).as("cancelling twice changes nothing")
			.isEqualTo(cancelled.sequence());
	}

	@Test
	void registrationIsClosedToOtherPolesAndOnceTheSessionStarted() {
		var pole = TestMembers.pole(this.directory);
		var other = TestMembers.pole(this.directory);
		var speaker = TestMembers.member(this.directory, pole, Role.SPEAKER);
		var session = this.sessions.create(speaker.id(), details(pole, inDays(1), 10));
		assertThat(this.sessions.register(session, TestMembers.member(this.directory, other)))
			.isEqualTo(Sessions.Registration.CLOSED);
		var past = this.sessions.create(speaker.id(), new SessionDetails("Passée", "", SessionFormat.ONLINE, "", "",
				"https://visio.example.org/x", this.clock.instant().minusSeconds(60), this.clock.instant().plusSeconds(3600),
				10, Set.of(pole.id()), null, null, null, List.of(), false));
		assertThat(this.sessions.register(past, TestMembers.member(this.directory, pole)))
			.isEqualTo(Sessions.Registration.CLOSED);
	}

	@Test
	void attendanceWithoutQcmCompletesTheModulesAndTheAssignmentWithAQcmOnlyCountsAsRead() {
		var pole = TestMembers.pole(this.directory);
		var speaker = TestMembers.member(this.directory, pole, Role.SPEAKER);
		var present = TestMembers.member(this.directory, pole);
		var absent = TestMembers.member(this.directory, pole);
		this.assignments.assign(new Assignments.NewAssignment(present.id(), pole.id(), present.organisationId(),
				"essentials", LocalDate.now(this.clock.withZone(PARIS)).plusDays(30), "test"));
		var session = this.sessions.create(speaker.id(), details(pole, inDays(2), 10));
		this.sessions.register(session, present);
		this.sessions.register(session, absent);
		this.clock.advance(Duration.ofDays(3));

		assertThat(this.sessions.takeAttendance(session, Set.of(present.id()))).containsExactly(present.id());
		assertThat(this.sessions.takeAttendance(session, Set.of(present.id()))).as("taken twice").isEmpty();

		var standing = this.progress.forMember(present.id());
		assertThat(standing.get("alpha").status()).isEqualTo(ProgressStatus.PASSED);
		assertThat(standing.get("beta").status()).isEqualTo(ProgressStatus.PASSED);
		assertThat(this.assignments.forMember(present.id()).get(0).done()).isTrue();
		assertThat(this.progress.forMember(absent.id()).get("alpha").status()).isEqualTo(ProgressStatus.NOT_STARTED);

		var withQcm = this.sessions.create(speaker.id(), new SessionDetails("Atelier avec QCM", "", SessionFormat.IN_PERSON,
				"Lyon", "", "", inDays(2).startsAt(), inDays(2).endsAt(), 5, Set.of(pole.id()), null, null, "essentials",
				List.of("alpha", "beta"), true));
		var learner = TestMembers.member(this.directory, pole);
		this.sessions.register(withQcm, learner);
		this.sessions.takeAttendance(withQcm, Set.of(learner.id()));
		var read = this.progress.forMember(learner.id()).get("alpha");
		assertThat(read.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
		assertThat(read.percentRead()).isEqualTo(100);
	}

	@Test
	void theSpeakerTakesAttendanceOnThePageAndExportsASheetWithoutFormulas() {
		var pole = TestMembers.pole(this.directory);
		var speaker = TestMembers.member(this.directory, pole, Role.SPEAKER);
		var session = this.sessions.create(speaker.id(), details(pole, inDays(4), 10));
		var hostile = this.directory.createMember(new Directory.NewMember(pole.id(), speaker.organisationId(),
				"formula-" + java.util.UUID.randomUUID() + "@test.egide", "=HYPERLINK(\"http://evil\")", TestMembers.PASSWORD,
				Set.of(Role.MEMBER)));
		this.sessions.register(session, hostile);
		var web = new WebClient(this.port);
		web.login(speaker.email(), TestMembers.PASSWORD);
		var sheet = web.get("/speaker/sessions/" + session.id() + "/attendance");
		assertThat(sheet.status()).isEqualTo(200);
		assertThat(sheet.body()).contains("present-" + hostile.id());
		web.post("/speaker/sessions/" + session.id() + "/attendance", Map.of("present", hostile.id()));
		assertThat(web.get("/speaker/sessions/" + session.id() + "/attendance").body()).contains("attendance-problem");
		assertThat(this.sessions.roster(session.id()).attended()).as("a session four days ahead").isEmpty();
		reach(session.startsAt());
		assertThat(web.post("/speaker/sessions/" + session.id() + "/attendance", Map.of("present", hostile.id()))
			.redirectsTo("/speaker/sessions/" + session.id() + "/attendance")).isTrue();
		assertThat(this.sessions.roster(session.id()).attended()).containsExactly(hostile.id());

		var csv = new String(web.download("/speaker/sessions/" + session.id() + "/attendance.csv").body(),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("'=HYPERLINK").contains(";oui").doesNotContain(";=HYPERLINK");
		var pdf = web.download("/speaker/sessions/" + session.id() + "/attendance.pdf");
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
	}

	@Test
	void aPoleAdminSeesOnlyTheirOwnMembersOnAnotherSpeakersSheet() {
		Pole poleA = TestMembers.pole(this.directory);
		Pole poleB = TestMembers.pole(this.directory);
		var speaker = TestMembers.member(this.directory, poleA, Role.SPEAKER);
		var session = this.sessions.create(speaker.id(), new SessionDetails("Atelier commun", "", SessionFormat.ONLINE, "",
				"", "https://visio.example.org/commun", inDays(6).startsAt(), inDays(6).endsAt(), 10,
				Set.of(poleA.id(), poleB.id()), null, null, null, List.of(), false));
		var memberA = TestMembers.member(this.directory, poleA);
		var memberB = TestMembers.member(this.directory, poleB);
		this.sessions.register(session, memberA);
		this.sessions.register(session, memberB);
		var adminB = TestMembers.member(this.directory, poleB, Role.POLE_ADMIN);
		var web = new WebClient(this.port);
		web.login(adminB.email(), TestMembers.PASSWORD);
		var sheet = web.get("/speaker/sessions/" + session.id() + "/attendance").body();
		assertThat(sheet).contains(memberB.displayName()).doesNotContain(memberA.displayName());
		// Ticking a member of the other pole is ignored.
		reach(session.startsAt());
		web.post("/speaker/sessions/" + session.id() + "/attendance", Map.of("present", memberA.id()));
		assertThat(this.sessions.roster(session.id()).attended()).isEmpty();
	}

	@Test
	void suggestedSlotsAvoidTheSpeakersSessionsWeekendsAndTheEvent() {
		var pole = TestMembers.pole(this.directory);
		var speaker = TestMembers.member(this.directory, pole, Role.SPEAKER);
		LocalDate opening = LocalDate.now(this.clock.withZone(PARIS)).plusDays(40);
		var event = this.events.create(pole.id(), new EventDetails("Salon créneaux", "Paris", "FR", opening,
				opening.plusDays(2), ""));
		var first = this.slots.beforeEvent(event, List.of(), 3);
		assertThat(first).hasSize(3).allSatisfy(slot -> {
			assertThat(slot.day()).isBefore(opening).isAfterOrEqualTo(opening.minusDays(14));
			assertThat(slot.day().getDayOfWeek().getValue()).isLessThan(6);
		});
		// The speaker is busy all day on the first suggestion: it moves to the next working day.
		var busy = this.sessions.create(speaker.id(), new SessionDetails("Occupé", "", SessionFormat.ONLINE, "", "",
				"https://visio.example.org/o", first.get(0).startsAt().minus(Duration.ofHours(1)),
				first.get(0).startsAt().plus(Duration.ofHours(7)), 5, Set.of(pole.id()), null, null, null, List.of(),
				false));
		var second = this.slots.beforeEvent(event, this.sessions.othersOf(speaker.id(), null), 3);
		assertThat(second).extracting(SlotSuggestions.Slot::day).doesNotContain(first.get(0).day());
		assertThat(second).allSatisfy(slot -> assertThat(busy.overlaps(slot.startsAt(), slot.endsAt())).isFalse());

		assertThat(this.slots.onboarding(0, List.of())).isEmpty();
		var monthly = this.slots.onboarding(4, List.of()).orElseThrow();
		assertThat(monthly.day().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.TUESDAY);
		assertThat(monthly.day().getMonth()).isEqualTo(LocalDate.now(this.clock.withZone(PARIS)).plusMonths(1).getMonth());
	}

	@Test
	void anAdminAcceptsASuggestedDateAndIsOfferedAMonthlySessionForWaitingNewcomers() {
		var pole = TestMembers.pole(this.directory);
		var admin = TestMembers.member(this.directory, pole, Role.POLE_ADMIN);
		LocalDate opening = LocalDate.now(this.clock.withZone(PARIS)).plusDays(30);
		var event = this.events.create(pole.id(), new EventDetails("Salon accepté", "Lyon", "FR", opening,
				opening.plusDays(1), ""));
		var web = new WebClient(this.port);
		web.login(admin.email(), TestMembers.PASSWORD);
		var eventPage = web.get("/admin/events/" + event.id()).body();
		assertThat(eventPage).contains("accept-slot");
		var slot = this.slots.beforeEvent(event, this.sessions.othersOf(admin.id(), null), 1).get(0);
		var accepted = web.post("/speaker/sessions/suggested", Map.of("event", event.id(), "day", slot.day().toString(),
				"start", slot.start().toString(), "end", slot.end().toString()));
		assertThat(accepted.redirectsTo("/speaker/sessions/")).isTrue();
		var created = this.sessions.forPole(pole.id()).get(0);
		assertThat(created.title()).isEqualTo("Sensibilisation avant Salon accepté");
		assertThat(created.eventId()).isEqualTo(event.id());
		assertThat(created.startsAt()).isEqualTo(slot.startsAt());
		assertThat(created.speakerId()).isEqualTo(admin.id());
		assertThat(created.courseId()).isEqualTo("essentials");
		// The same slot again clashes with the session just created.
		assertThat(web.post("/speaker/sessions/suggested", Map.of("event", event.id(), "day", slot.day().toString(),
				"start", slot.start().toString(), "end", slot.end().toString())).redirectsTo("/speaker/sessions")).isTrue();
		assertThat(this.sessions.forPole(pole.id())).hasSize(1);

		assertThat(web.get("/speaker/sessions").body()).doesNotContain("onboarding-slot");
		var newcomer = TestMembers.member(this.directory, pole);
		this.publisher.publishEvent(new fr.egide.onboarding.NewcomerArrived(newcomer.id(), pole.id(),
				newcomer.organisationId(), this.clock.instant(), List.of("essentials"), 30));
		assertThat(web.get("/speaker/sessions").body()).contains("onboarding-slot", "1 nouveau membre attend");
	}

	@Test
	void parisWallClockTimesStayTheSameAcrossTheClockChange() {
		assertThat(SessionDetails.at("2027-03-27", "10:00")).isEqualTo(Instant.parse("2027-03-27T09:00:00Z"));
		assertThat(SessionDetails.at("2027-03-29", "10:00")).isEqualTo(Instant.parse("2027-03-29T08:00:00Z"));
		assertThat(SessionDetails.at("2027-10-31", "10:00")).isEqualTo(Instant.parse("2027-10-31T09:00:00Z"));
		assertThat(SessionDetails.at("2027-02-30", "10:00")).isNull();
		assertThat(SessionDetails.at("2027-03-29", "25:00")).isNull();
	}

	@Test
	void participantsComeFromACsvFileOrNothingChangesWithEveryBadLineNamed() {
		var pole = TestMembers.pole(this.directory);
		var member = TestMembers.member(this.directory, pole);
		var outsider = TestMembers.member(this.directory, TestMembers.pole(this.directory));
		String organisation = this.directory.organisation(pole.id(), member.organisationId()).orElseThrow().name();
		var event = this.events.create(pole.id(), new EventDetails("Salon CSV", "Paris", "FR",
				LocalDate.now(this.clock.withZone(PARIS)).plusDays(90), LocalDate.now(this.clock.withZone(PARIS)).plusDays(91),
				""));
		String bad = "E-mail;Organisation\n" + member.email() + ";\n" + outsider.email() + ";\n;Inconnue SA\n";
		var refused = this.events.importParticipants(event, bad.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.valid()).isFalse();
		assertThat(refused.problems()).extracting(ParticipantsCsv.Problem::line).containsExactly(3, 4);
		assertThat(this.events.find(pole.id(), event.id()).orElseThrow().memberIds()).isEmpty();

		String good = "email;organisation\n" + member.email() + ";\n;" + organisation.toUpperCase() + "\n";
		var imported = this.events.importParticipants(event, good.getBytes(StandardCharsets.UTF_8));
		assertThat(imported.valid()).isTrue();
		var saved = this.events.find(pole.id(), event.id()).orElseThrow();
		assertThat(saved.memberIds()).containsExactly(member.id());
		assertThat(saved.organisationIds()).containsExactly(member.organisationId());

		assertThat(this.events.importParticipants(event, new byte[0]).problems()).extracting(ParticipantsCsv.Problem::key)
			.containsExactly("participants.csv.empty");
		assertThat(this.events.importParticipants(event, "nom\nx\n".getBytes(StandardCharsets.UTF_8)).problems())
			.extracting(ParticipantsCsv.Problem::key)
			.containsExactly("participants.csv.columns");
		assertThat(this.events.importParticipants(event, "email\n\"oops\n".getBytes(StandardCharsets.UTF_8)).problems())
			.extracting(ParticipantsCsv.Problem::key)
			.containsExactly("participants.csv.malformed");
	}

	@Test
	void hostileEventAndSessionFieldsAreRefused() {
		assertThat(new EventDetails("Salon", "", "FR", LocalDate.of(2030, 1, 2), LocalDate.of(2030, 1, 1), "").problem())
			.contains("event.problem.dates");
		assertThat(new EventDetails("Salon", "", "FR", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 1),
				"javascript:alert(1)").problem()).contains("event.problem.website");
		assertThat(new EventDetails("Salon", "", "XX", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 1), "").problem())
			.contains("event.problem.country");
		var pole = TestMembers.pole(this.directory);
		assertThat(new SessionDetails("Visio", "", SessionFormat.ONLINE, "", "", "data:text/html,<script>", inDays(3).startsAt(),
				inDays(3).endsAt(), 5, Set.of(pole.id()), null, null, null, List.of(), false).problem())
			.contains("session.problem.link");
		assertThat(details(pole, inDays(3), 0).problem()).contains("session.problem.capacity");
	}

	/** Moves the shared clock to {@code moment} unless it is already later. */
	private void reach(Instant moment) {
		if (moment.isAfter(this.clock.instant())) {
			this.clock.set(moment);
		}
	}

	private SlotSuggestions.Slot inDays(int days) {
		LocalDate day = LocalDate.now(this.clock.withZone(PARIS)).plusDays(days);
		return new SlotSuggestions.Slot(day, java.time.LocalTime.of(10, 0), java.time.LocalTime.of(11, 30));
	}

	private static SessionDetails details(Pole pole, SlotSuggestions.Slot slot, int capacity) {
		return new SessionDetails("Atelier confidentialité", "Les bons réflexes.", SessionFormat.IN_PERSON,
				"1 rue du Pôle, Lyon", "Salle A", "", slot.startsAt(), slot.endsAt(), capacity, Set.of(pole.id()), null, null,
				"essentials", List.of("alpha", "beta"), false);
	}

}
