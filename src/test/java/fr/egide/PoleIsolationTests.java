package fr.egide;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fr.egide.IsolationProbes.Probe;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Pole;
import fr.egide.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two poles share the server. Pole B gets real data through the application; then an admin
 * and a plain member of pole A try every endpoint that takes an id or a pole with B's ids,
 * and must be refused with nothing of B shown and nothing of B changed.
 */
@EgideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoleIsolationTests {

	private static final List<String> POLE_COLLECTIONS = List.of("organisations", "invitations", "members",
			"charters", "charter_acknowledgements", "attempts", "audit", "assignments", "progress", "outbox", "events",
			"campaigns", "speaker_invitations", "material_offers");

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final Map<String, String> ids = new LinkedHashMap<>();

	private Pole poleA;

	private Pole poleB;

	private MemberAccount adminA;

	private MemberAccount newcomerB;

	private WebClient adminWeb;

	private WebClient memberWeb;

	private String adminToken;

	private String memberToken;

	private List<String> secretsOfB;

	@BeforeAll
	void twoPoles() {
		this.poleA = TestMembers.pole(this.directory);
		this.adminA = TestMembers.member(this.directory, this.poleA, Role.POLE_ADMIN);
		var memberA = TestMembers.member(this.directory, this.poleA);
		this.poleB = TestMembers.pole(this.directory);
		var adminB = TestMembers.member(this.directory, this.poleB, Role.POLE_ADMIN);
		var webB = signedIn(adminB, "/admin");
		var world = new PoleData(this.port, this.mongo, webB);
		String orgB = world.admit("Adhérent secret " + UUID.randomUUID());
		world.publishCharter("# Charte du pôle B\n\nConfidentiel B.");
		String pendingEmail = "pending-" + UUID.randomUUID() + "@test.egide";
		String newcomerEmail = "newcomer-" + UUID.randomUUID() + "@test.egide";
		world.invite(orgB, pendingEmail, "MEMBER");
		world.invite(orgB, newcomerEmail, "MEMBER");
		var newcomer = new WebClient(this.port);
		String link = "/invitations/" + world.linkSentTo(newcomerEmail);
		assertThat(newcomer.get(link).status()).isEqualTo(200);
		// Mass assignment on acceptance: only the name and the password are the newcomer's to choose.
		assertThat(newcomer.post(link, Map.of("displayName", "Nouveau B", "password", TestMembers.PASSWORD,
				"confirmation", TestMembers.PASSWORD, "role", "PLATFORM_ADMIN", "roles", "PLATFORM_ADMIN",
				"poleId", this.poleA.id(), "organisationId", this.adminA.organisationId()))
			.redirectsTo("/charter")).isTrue();
		this.newcomerB = this.directory.findByEmail(newcomerEmail).orElseThrow();
		assertThat(newcomer.post("/charter", Map.of("version", "1")).redirectsTo("/")).isTrue();
		String attemptB = world.attempt(newcomerEmail);
		var eventPage = webB.post("/admin/events", Map.of("name", "Salon secret B", "place", "Lyon", "country", "FR",
				"startsOn", "2030-05-10", "endsOn", "2030-05-12", "website", ""));
		assertThat(eventPage.redirectsTo("/admin/events/")).isTrue();
		String eventB = eventPage.location().substring(eventPage.location().lastIndexOf('/') + 1);
		assertThat(webB.post("/admin/events/" + eventB + "/participants", Map.of("organisations", orgB, "emails", ""))
			.redirectsTo("/admin/events/")).isTrue();
		var speakerB = TestMembers.member(this.directory, this.poleB, Role.SPEAKER);
		assertThat(webB.post("/admin/speakers", Map.of("email", speakerB.email())).redirectsTo("/admin/speakers"))
			.isTrue();
		var sessionPage = webB.post("/speaker/sessions", Map.ofEntries(Map.entry("title", "Session secrète B"),
				Map.entry("summary", ""), Map.entry("format", "IN_PERSON"), Map.entry("address", "Lyon"),
				Map.entry("room", ""), Map.entry("link", ""), Map.entry("day", "2030-05-06"), Map.entry("start", "10:00"),
				Map.entry("end", "11:30"), Map.entry("capacity", "10"), Map.entry("poles", this.poleB.id()),
				Map.entry("course", "essentials"), Map.entry("speaker", speakerB.id())));
		assertThat(sessionPage.redirectsTo("/sessions/")).as(sessionPage.body()).isTrue();
		String sessionB = sessionPage.location().substring(sessionPage.location().lastIndexOf('/') + 1);
		assertThat(newcomer.post("/sessions/" + sessionB + "/register", Map.of()).redirectsTo("/sessions/")).isTrue();
		// Speaker B's material: published, accepted by pole B, and a second version still a draft.
		var speakerWebB = signedIn(speakerB, "/speaker/material");
		String courseB = TestMaterial.id("cours-secret-b");
		String moduleB = TestMaterial.id("module-secret-b");
		String versionB = TestMaterial.publish(speakerWebB, TestMaterial.bundle(courseB, moduleB, "Module secret B"));
		assertThat(speakerWebB.post("/speaker/material/" + courseB + "/offers", Map.of("pole", this.poleB.id()))
			.redirectsTo(versionB)).isTrue();
		assertThat(webB.post("/admin/material/" + courseB + "/accept", Map.of()).redirectsTo("/admin/material"))
			.isTrue();
		assertThat(speakerWebB.upload("/speaker/material", "files", "bundle.zip",
				TestMaterial.bundle(courseB, moduleB, "Module secret B (v2)"), Map.of())
			.redirectsTo("/speaker/material/" + courseB + "/versions/2")).isTrue();
		assertThat(speakerWebB.upload("/speaker/scorm", "file", "golf.zip",
				fr.egide.scorm.ScormPackagesForTests.scorm12(), Map.of()).redirectsTo("/speaker/scorm")).isTrue();
		var scormB = this.mongo.findOne(Query.query(Criteria.where("poleIds").is(this.poleB.id())), Document.class,
				"scorm_packages");
		this.ids.putAll(Map.of("B_COURSE", courseB, "B_MODULE", moduleB, "B_SCORM_PACKAGE", scormB.getString("_id"),
				"B_SCORM_MODULE", "scorm-" + scormB.getString("_id") + "-1"));
		this.ids.putAll(Map.of("B_EVENT", eventB, "B_CAMPAIGN", "fair-" + eventB, "B_SESSION", sessionB, "B_SPEAKER",
				speakerB.id()));
		this.ids.putAll(Map.of("B_ORG", orgB, "B_INVITATION", world.invitationId(pendingEmail), "B_MEMBER",
				this.newcomerB.id(), "B_ADMIN", adminB.id(), "B_POLE", this.poleB.id(), "B_ATTEMPT", attemptB,
				"B_MAIL", world.mailId(pendingEmail), "A_POLE", this.poleA.id()));
		// The snapshot must hold something to protect, or "nothing changed" would prove nothing.
		snapshotOfB().forEach((collection, documents) -> assertThat(documents).as(collection).isNotEmpty());
		this.secretsOfB = List.of(this.poleB.name(), "Adhérent secret", pendingEmail, newcomerEmail,
				adminB.email(), "Nouveau B", "Confidentiel B", "Salon secret B", "Session secrète B", "Module secret B");

		this.adminWeb = signedIn(this.adminA, "/admin");
		this.memberWeb = signedIn(memberA, "/");
		var api = new ApiClient(this.port);
		this.adminToken = api.token(this.adminA.email(), TestMembers.PASSWORD);
		this.memberToken = api.token(memberA.email(), TestMembers.PASSWORD);
	}

	static Stream<Probe> probes() {
		return IsolationProbes.MATRIX.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("probes")
	void anAdminOfAnotherPoleIsRefusedAndChangesNothing(Probe probe) {
		var before = snapshotOfB();
		var response = send(probe, this.adminWeb, this.adminToken);
		assertThat(response.status()).as("%s as admin of pole A", probe).isEqualTo(probe.refusal());
		assertRevealsNothing(response.body(), probe);
		assertThat(snapshotOfB()).as("pole B after %s", probe).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("probes")
	void aPlainMemberIsRefusedAndChangesNothing(Probe probe) {
		var before = snapshotOfB();
		var response = send(probe, this.memberWeb, this.memberToken);
		if (probe.adminPath()) {
			assertThat(response.status() == 403 || response.redirectsTo("/login")).as("%s as member: %s", probe,
					response.status()).isTrue();
		}
		else {
			assertThat(response.status()).as("%s as member", probe).isEqualTo(probe.refusal());
		}
		assertRevealsNothing(response.body(), probe);
		assertThat(snapshotOfB()).as("pole B after %s", probe).isEqualTo(before);
	}

	@Test
	void theMemberWhoAcceptedAnInvitationGotOnlyWhatTheInvitationSaid() {
		assertThat(this.newcomerB.poleId()).isEqualTo(this.poleB.id());
		assertThat(this.newcomerB.organisationId()).isEqualTo(this.ids.get("B_ORG"));
		assertThat(this.newcomerB.roles()).containsExactly(Role.MEMBER);
	}

	@Test
	void extraFieldsOnTheAdmissionFormCannotChooseThePoleOrTheId() {
		String name = "Admis " + UUID.randomUUID();
		var form = new LinkedHashMap<>(Map.of("name", name, "identifier", "", "type", "COMPANY", "admittedOn",
				"2026-03-01", "sponsor1", "S1", "sponsor2", "S2", "contactName", "", "contactEmail", ""));
		form.putAll(Map.of("poleId", this.poleB.id(), "id", "chosen-id", "role", "PLATFORM_ADMIN"));
		var page = this.adminWeb.post("/admin/organisations", form);
		assertThat(page.redirectsTo("/admin/organisations/")).isTrue();
		var stored = this.mongo.findOne(Query.query(Criteria.where("name").is(name)), Document.class,
				"organisations");
		assertThat(stored.getString("poleId")).isEqualTo(this.poleA.id());
		assertThat(stored.get("_id").toString()).isNotEqualTo("chosen-id");
	}

	@Test
	void extraFieldsOnAnInvitationCannotChooseThePoleOrAPlatformRole() {
		String email = "mass-" + UUID.randomUUID() + "@test.egide";
		var page = this.adminWeb.post("/admin/organisations/" + this.adminA.organisationId() + "/invitations",
				Map.of("email", email, "displayName", "Invité", "role", "PLATFORM_ADMIN", "poleId", this.poleB.id(),
						"organisationId", this.ids.get("B_ORG")));
		assertThat(page.redirectsTo("/admin/organisations/" + this.adminA.organisationId())).isTrue();
		var stored = this.mongo.findOne(Query.query(Criteria.where("email").is(email)), Document.class,
				"invitations");
		assertThat(stored.getString("poleId")).isEqualTo(this.poleA.id());
		assertThat(stored.getString("organisationId")).isEqualTo(this.adminA.organisationId());
		assertThat(stored.getString("role")).isEqualTo("MEMBER");
	}

	/** A new endpoint with an id, a pole or an admin path fails here until it gets a row in the matrix. */
	@Test
	void everyEndpointWithAnIdOrAPoleIsProbed() {
		var probed = new TreeSet<String>();
		IsolationProbes.MATRIX.forEach(probe -> probed.add(probe.method() + " " + probe.pattern()));
		var mapped = new TreeSet<String>();
		this.mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
			// Admin and speaker paths, and account switching, which takes another member's id in its form.
			boolean admin = pattern.equals("/admin") || pattern.startsWith("/admin/")
					|| pattern.startsWith("/api/admin") || pattern.startsWith("/account/")
					|| pattern.startsWith("/speaker/");
			if (admin || pattern.contains("{")) {
				var methods = info.getMethodsCondition().getMethods();
				(methods.isEmpty() ? List.of("ANY") : methods.stream().map(Enum::name).toList())
					.forEach(method -> mapped.add(method + " " + pattern));
			}
		}));
		assertThat(mapped).isNotEmpty();
		var unprobed = new TreeSet<>(mapped);
		unprobed.removeAll(probed);
		unprobed.removeAll(IsolationProbes.EXEMPT.keySet());
		assertThat(unprobed).as("endpoints without an isolation probe or a written exemption").isEmpty();
		assertThat(mapped).as("probes and exemptions of endpoints that no longer exist")
			.containsAll(probed)
			.containsAll(IsolationProbes.EXEMPT.keySet());
	}

	private WebClient signedIn(MemberAccount member, String firstPage) {
		var web = new WebClient(this.port);
		assertThat(web.login(member.email(), TestMembers.PASSWORD).redirectsTo("/")).isTrue();
		assertThat(web.get(firstPage).status()).isEqualTo(200);
		return web;
	}

	private WebClient.Page send(Probe probe, WebClient web, String token) {
		String path = fill(probe.path());
		var form = new LinkedHashMap<String, String>();
		probe.form().forEach((name, value) -> form.put(name, fill(value)));
		return switch (probe.via()) {
			case WEB -> probe.method().equals("GET") ? web.get(path) : web.post(path, form);
			case UPLOAD -> web.upload(path, "file", "invitations.csv",
					"email;nom\nintrus@test.egide;Intrus\n".getBytes(StandardCharsets.UTF_8), form);
			case API -> {
				var api = new ApiClient(this.port);
				var response = probe.method().equals("GET") ? api.get(path, token)
						: api.post(path, token, ApiClient.json().writeValueAsString(Map.of("submissionId",
								form.get("submissionId"), "answers", Map.of())));
				yield new WebClient.Page(response.status(), response.raw(), null);
			}
		};
	}

	private String fill(String text) {
		String filled = text;
		for (var id : this.ids.entrySet()) {
			filled = filled.replace(id.getKey(), id.getValue());
		}
		return filled;
	}

	private void assertRevealsNothing(String body, Probe probe) {
		for (String secret : this.secretsOfB) {
			assertThat(body).as("answer to %s", probe).doesNotContain(secret);
		}
	}

	/** Pole B's documents in every collection that holds them, as JSON, in a stable order. */
	private Map<String, List<String>> snapshotOfB() {
		var snapshot = new LinkedHashMap<String, List<String>>();
		snapshot.put("poles", json(Query.query(Criteria.where("_id").is(this.poleB.id())), "poles"));
		for (String collection : POLE_COLLECTIONS) {
			snapshot.put(collection, json(Query.query(Criteria.where("poleId").is(this.poleB.id())), collection));
		}
		snapshot.put("sessions", json(Query.query(Criteria.where("poleIds").is(this.poleB.id())), "sessions"));
		snapshot.put("scorm_packages", json(Query.query(Criteria.where("poleIds").is(this.poleB.id())),
				"scorm_packages"));
		snapshot.put("material_versions", json(Query.query(Criteria.where("courseId").is(this.ids.get("B_COURSE"))),
				"material_versions"));
		snapshot.put("session_rosters", json(Query.query(Criteria.where("_id").is(this.ids.get("B_SESSION"))),
				"session_rosters"));
		return snapshot;
	}

	private List<String> json(Query query, String collection) {
		return this.mongo.find(query.with(Sort.by("_id")), Document.class, collection)
			.stream()
			.map(Document::toJson)
			.toList();
	}

}
