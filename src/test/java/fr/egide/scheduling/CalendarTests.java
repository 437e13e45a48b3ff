package fr.egide.scheduling;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
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
import fr.egide.scheduling.TrainingSession.SessionFormat;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class CalendarTests {

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
	CalendarKeys keys;

	@Autowired
	Assignments assignments;

	@Autowired
	MutableClock clock;

	@Test
	void sessionTimesAreParisTimesOnBothSidesOfTheClockChanges() throws Exception {
		var pole = TestMembers.pole(this.directory);
		var speaker = TestMembers.member(this.directory, pole, Role.SPEAKER);
		var winter = this.sessions.create(speaker.id(), session(pole, "2027-03-22", "Hiver"));
		var summer = this.sessions.create(speaker.id(), session(pole, "2027-03-29", "Été"));
		var autumnChange = this.sessions.create(speaker.id(), session(pole, "2027-10-31", "Changement"));
		var web = signedIn(speaker);

		String summerFile = body(web, "/sessions/" + summer.id() + ".ics");
		assertThat(unfolded(summerFile)).contains("DTSTART;TZID=Europe/Paris:20270329T100000",
				"DTEND;TZID=Europe/Paris:20270329T113000", "BEGIN:VTIMEZONE", "TZID:Europe/Paris", "METHOD:PUBLISH",
				"UID:session-" + summer.id() + "@egide");
		assertThat(start(summerFile)).isEqualTo(Instant.parse("2027-03-29T08:00:00Z"));
		assertThat(start(body(web, "/sessions/" + winter.id() + ".ics"))).isEqualTo(Instant.parse("2027-03-22T09:00:00Z"));
		assertThat(start(body(web, "/sessions/" + autumnChange.id() + ".ics")))
			.isEqualTo(Instant.parse("2027-10-31T09:00:00Z"));
	}

	@Test
	void aChangeOrACancellationKeepsTheUidAndRaisesTheSequence() throws Exception {
		var pole = TestMembers.pole(this.directory);
		var speaker = TestMembers.member(this.directory, pole, Role.SPEAKER);
		var member = TestMembers.member(this.directory, pole);
		var session = this.sessions.create(speaker.id(), session(pole, "2027-05-10", "Atelier"));
		this.sessions.register(session, member);
		String feed = "/ical/" + this.keys.tokenOf(member.id()) + "/member.ics";
		var anonymous = new WebClient(this.port);

		VEvent first = only(body(anonymous, feed), "session-" + session.id() + "@egide");
		assertThat(first.getSequence().getSequenceNo()).isZero();
		assertThat(first.getStatus().getValue()).isEqualTo("CONFIRMED");

		var moved = this.sessions.update(session, session(pole, "2027-05-11", "Atelier déplacé"));
		VEvent second = only(body(anonymous, feed), "session-" + session.id() + "@egide");
		assertThat(second.getSequence().getSequenceNo()).isEqualTo(1);
		assertThat(second.getSummary().getValue()).isEqualTo("Atelier déplacé");

		this.sessions.cancel(moved);
		VEvent third = only(body(anonymous, feed), "session-" + session.id() + "@egide");
		assertThat(third.getSequence().getSequenceNo()).isEqualTo(2);
		assertThat(third.getStatus().getValue()).isEqualTo("CANCELLED");
	}

	@Test
	void eachFeedHoldsWhatItsOwnerMaySeeBehindASecretThatCanBeReplaced() throws Exception {
		Pole pole = TestMembers.pole(this.directory);
		Pole other = TestMembers.pole(this.directory);
		var speaker = TestMembers.member(this.directory, pole, Role.SPEAKER);
		var member = TestMembers.member(this.directory, pole);
		var registered = this.sessions.create(speaker.id(), session(pole, "2027-06-01", "Inscrit"));
		var notRegistered = this.sessions.create(speaker.id(), session(pole, "2027-06-02", "Pas inscrit"));
		this.sessions.register(registered, member);
		LocalDate due = LocalDate.now(this.clock.withZone(PARIS)).plusDays(20);
		this.assignments.assign(new Assignments.NewAssignment(member.id(), pole.id(), member.organisationId(),
				"essentials", due, "test"));
		var fair = this.events.create(pole.id(), new EventDetails("Salon du pôle", "Lyon", "FR", due.plusDays(5),
				due.plusDays(7), "https://salon.example.org"));
		var elsewhere = this.events.create(other.id(), new EventDetails("Salon secret d’un autre pôle", "Lille", "FR",
				due.plusDays(5), due.plusDays(6), ""));
		var anonymous = new WebClient(this.port);
		String token = this.keys.tokenOf(member.id());

		String mine = body(anonymous, "/ical/" + token + "/member.ics");
		assertThat(uids(mine)).contains("session-" + registered.id() + "@egide",
				"due-" + member.id() + "-essentials@egide")
			.doesNotContain("session-" + notRegistered.id() + "@egide");
		String poleFeed = body(anonymous, "/ical/" + token + "/pole.ics");
		assertThat(uids(poleFeed)).contains("event-" + fair.id() + "@egide", "session-" + notRegistered.id() + "@egide")
			.doesNotContain("event-" + elsewhere.id() + "@egide");
		assertThat(unfolded(poleFeed)).contains("DTSTART;VALUE=DATE:" + compact(due.plusDays(5)),
				"DTEND;VALUE=DATE:" + compact(due.plusDays(8)));
		assertThat(anonymous.get("/ical/" + token + "/speaker.ics").status()).as("not a speaker").isEqualTo(404);
		assertThat(uids(body(anonymous, "/ical/" + this.keys.tokenOf(speaker.id()) + "/speaker.ics")))
			.contains("session-" + registered.id() + "@egide", "session-" + notRegistered.id() + "@egide");

		String replaced = this.keys.regenerate(member.id());
		assertThat(anonymous.get("/ical/" + token + "/member.ics").status()).isEqualTo(404);
		assertThat(anonymous.get("/ical/" + replaced + "/member.ics").status()).isEqualTo(200);
		assertThat(anonymous.get("/ical/" + "x".repeat(43) + "/member.ics").status()).isEqualTo(404);
		assertThat(anonymous.get("/ical/" + replaced + "/other.ics").status()).isEqualTo(404);

		this.directory.setActive(member.id(), false);
		assertThat(anonymous.get("/ical/" + replaced + "/member.ics").status()).as("deactivated").isEqualTo(404);
	}

	@Test
	void aSessionFileIsOnlyForThoseWhoMaySeeTheSession() {
		var pole = TestMembers.pole(this.directory);
		var speaker = TestMembers.member(this.directory, pole, Role.SPEAKER);
		var session = this.sessions.create(speaker.id(), session(pole, "2027-07-01", "Privée"));
		var outsider = TestMembers.member(this.directory, TestMembers.pole(this.directory));
		assertThat(signedIn(outsider).get("/sessions/" + session.id() + ".ics").status()).isEqualTo(404);
		var download = signedIn(TestMembers.member(this.directory, pole)).download("/sessions/" + session.id() + ".ics");
		assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
		assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
	}

	@Test
	void theMonthPageShowsEventsSessionsAndDueDatesTogether() {
		Pole pole = TestMembers.pole(this.directory);
		var speaker = TestMembers.member(this.directory, pole, Role.SPEAKER);
		MemberAccount admin = TestMembers.member(this.directory, pole, Role.POLE_ADMIN);
		var session = this.sessions.create(speaker.id(), session(pole, "2027-09-14", "Atelier de septembre"));
		this.events.create(pole.id(), new EventDetails("Salon de septembre", "Lyon", "FR", LocalDate.of(2027, 9, 20),
				LocalDate.of(2027, 9, 22), ""));
		var web = signedIn(admin);
		String page = web.get("/calendar?month=2027-09").body();
		assertThat(page).contains("Septembre 2027", "10:00 Atelier de septembre", "/sessions/" + session.id(),
				"Salon de septembre", "data-day=\"2027-09-14\"");
		assertThat(web.get("/calendar?month=nonsense").status()).isEqualTo(200);
		assertThat(web.get("/calendar/feeds").body()).contains("/ical/", "member.ics", "pole.ics");
	}

	private SessionDetails session(Pole pole, String day, String title) {
		return new SessionDetails(title, "Résumé", SessionFormat.IN_PERSON, "1 rue du Pôle, Lyon", "Salle A", "",
				SessionDetails.at(day, "10:00"), SessionDetails.at(day, "11:30"), 20, Set.of(pole.id()), null, null,
				null, List.of(), false);
	}

	private WebClient signedIn(MemberAccount account) {
		var web = new WebClient(this.port);
		assertThat(web.login(account.email(), TestMembers.PASSWORD).redirectsTo("/")).isTrue();
		return web;
	}

	private static String body(WebClient web, String path) {
		var page = web.get(path);
		assertThat(page.status()).as(path).isEqualTo(200);
		return page.body();
	}

	/** Lines folded at 75 octets (RFC 5545 §3.1) joined again. */
	private static String unfolded(String ics) {
		return ics.replace("\r\n ", "").replace("\r\n\t", "");
	}

	private static Calendar parse(String ics) throws Exception {
		assertThat(ics.split("\r\n")).as("lines of at most 75 octets (RFC 5545 3.1)")
			.allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		return new CalendarBuilder().build(new StringReader(ics));
	}

	private static Instant start(String ics) throws Exception {
		VEvent event = parse(ics).<VEvent>getComponents("VEVENT").get(0);
		Temporal start = event.<DtStart<Temporal>>getProperty("DTSTART").orElseThrow().getDate();
		return ((ZonedDateTime) start).toInstant();
	}

	private static List<String> uids(String ics) throws Exception {
		return parse(ics).<VEvent>getComponents("VEVENT")
			.stream()
			.map(event -> event.getUid().orElseThrow().getValue())
			.toList();
	}

	private static VEvent only(String ics, String uid) throws Exception {
		return parse(ics).<VEvent>getComponents("VEVENT")
			.stream()
			.filter(event -> event.getUid().orElseThrow().getValue().equals(uid))
			.findFirst()
			.orElseThrow();
	}

	private static String compact(LocalDate day) {
		return day.toString().replace("-", "");
	}

}
