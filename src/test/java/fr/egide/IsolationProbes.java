package fr.egide;

import java.util.List;
import java.util.Map;

/**
 * The requests {@link PoleIsolationTests} sends with another pole's ids: one row per mapped
 * endpoint that takes an id or a pole, plus every admin page. Placeholders such as
 * {@code B_ORG} stand for pole B's ids and are filled in once pole B exists.
 */
final class IsolationProbes {

	/** How a probe travels: a form or page in the browser session, a file upload, or the JSON API. */
	enum Via {

		WEB, UPLOAD, API

	}

	/**
	 * One request: the handler's {@code method} and {@code pattern} (for the coverage guard), the
	 * concrete {@code path} with placeholders, what it sends, and the refusal a pole admin of
	 * another pole gets. A plain member gets 403 on admin and speaker paths, the same refusal elsewhere.
	 */
	record Probe(String method, String pattern, String path, Via via, Map<String, String> form, int refusal) {

		boolean adminPath() {
			return this.pattern.equals("/admin") || this.pattern.startsWith("/admin/")
					|| this.pattern.startsWith("/api/admin") || this.pattern.startsWith("/speaker/");
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	private static final Map<String, String> NO_FORM = Map.of();

	private static final Map<String, String> EVENT = Map.of("name", "Salon pirate", "place", "Lyon", "country", "FR",
			"startsOn", "2030-06-01", "endsOn", "2030-06-02", "website", "");

	private static final Map<String, String> SESSION = Map.ofEntries(Map.entry("title", "Session pirate"),
			Map.entry("format", "IN_PERSON"), Map.entry("address", "Lyon"), Map.entry("day", "2030-05-20"),
			Map.entry("start", "10:00"), Map.entry("end", "11:00"), Map.entry("capacity", "5"),
			Map.entry("poles", "B_POLE"));

	private static final Map<String, String> ADMISSION = Map.of("name", "Intruse", "identifier", "", "type", "COMPANY",
			"admittedOn", "2026-03-01", "sponsor1", "S1", "sponsor2", "S2", "contactName", "", "contactEmail", "");

	static final List<Probe> MATRIX = List.of(
			probe("GET", "/admin/organisations/{id}", "/admin/organisations/B_ORG"),
			probe("POST", "/admin/organisations/{id}/invitations", "/admin/organisations/B_ORG/invitations",
					Map.of("email", "intruder-invite@test.egide", "displayName", "Intrus", "role", "MEMBER")),
			probe("POST", "/admin/invitations/{id}/resend", "/admin/invitations/B_INVITATION/resend", NO_FORM),
			probe("POST", "/admin/invitations/{id}/revoke", "/admin/invitations/B_INVITATION/revoke", NO_FORM),
			probe("POST", "/admin/members/{id}/deactivate", "/admin/members/B_MEMBER/deactivate", NO_FORM),
			probe("POST", "/admin/members/{id}/deactivate", "/admin/members/B_ADMIN/deactivate", NO_FORM),
			probe("POST", "/admin/members/{id}/reactivate", "/admin/members/B_MEMBER/reactivate", NO_FORM),
			probe("POST", "/admin/members/{id}/erase", "/admin/members/B_MEMBER/erase", NO_FORM),
			probe("POST", "/admin/members/{id}/erase", "/admin/members/B_ADMIN/erase", NO_FORM),
			probe("GET", "/admin", "/admin?pole=B_POLE"),
			probe("GET", "/admin/charter", "/admin/charter?pole=B_POLE"),
			probe("POST", "/admin/charter", "/admin/charter?pole=B_POLE", Map.of("draft", "# Charte pirate")),
			probe("GET", "/admin/audit", "/admin/audit?pole=B_POLE"),
			probe("GET", "/admin/onboarding", "/admin/onboarding?pole=B_POLE"),
			probe("POST", "/admin/onboarding", "/admin/onboarding?pole=B_POLE",
					Map.of("courses", "essentials", "dueDays", "3")),
			probe("GET", "/admin/organisations", "/admin/organisations?pole=B_POLE"),
			probe("GET", "/admin/organisations/new", "/admin/organisations/new?pole=B_POLE"),
			probe("POST", "/admin/organisations", "/admin/organisations?pole=B_POLE", ADMISSION),
			probe("GET", "/admin/invitations/import", "/admin/invitations/import?pole=B_POLE"),
			new Probe("POST", "/admin/invitations/import", "/admin/invitations/import?pole=B_POLE", Via.UPLOAD,
					NO_FORM, 404),
			// Own pole, but the default organisation of the file is one of pole B's.
			new Probe("POST", "/admin/invitations/import", "/admin/invitations/import", Via.UPLOAD,
					Map.of("organisation", "B_ORG"), 404),
			probe("POST", "/admin/invitations/import/confirm", "/admin/invitations/import/confirm?pole=B_POLE",
					NO_FORM),
			probe("GET", "/admin/members/{id}", "/admin/members/B_MEMBER"),
			probe("GET", "/admin", "/admin?pole=A_POLE&organisation=B_ORG"),
			probe("GET", "/admin/reminders", "/admin/reminders?pole=B_POLE"),
			probe("POST", "/admin/reminders", "/admin/reminders?pole=B_POLE", Map.of("member", "B_MEMBER")),
			probe("GET", "/admin/exports/completion.{format}", "/admin/exports/completion.csv?pole=B_POLE"),
			probe("GET", "/admin/exports/attempts.{format}", "/admin/exports/attempts.xlsx?pole=B_POLE"),
			probe("GET", "/admin/exports/completion.{format}", "/admin/exports/completion.csv?pole=A_POLE&organisation=B_ORG"),
			new Probe("GET", "/api/admin/exports/completion.{format}", "/api/admin/exports/completion.xlsx?pole=B_POLE",
					Via.API, NO_FORM, 404),
			new Probe("GET", "/api/admin/exports/attempts.{format}", "/api/admin/exports/attempts.csv?pole=B_POLE",
					Via.API, NO_FORM, 404),
			probe("GET", "/admin/poles", "/admin/poles"),
			probe("POST", "/admin/poles", "/admin/poles", Map.of("name", "Pôle pirate")),
			probe("POST", "/admin/poles/{id}/administrators", "/admin/poles/B_POLE/administrators",
					Map.of("email", "pirate@evil.test", "displayName", "Pirate")),
			probe("POST", "/account/switch", "/account/switch", Map.of("memberId", "B_MEMBER")),
			probe("GET", "/admin/links", "/admin/links"),
			probe("POST", "/admin/links", "/admin/links", Map.of("first", "a@a.test", "second", "b@b.test")),
			probe("POST", "/admin/links/{memberId}/unlink", "/admin/links/B_MEMBER/unlink", NO_FORM),
			probe("GET", "/admin/outbox", "/admin/outbox"),
			probe("GET", "/admin/outbox/{id}", "/admin/outbox/B_MAIL"),
			probe("GET", "/modules/{moduleId}/quiz/attempts/{attemptId}", "/modules/alpha/quiz/attempts/B_ATTEMPT"),
			// Reusing another member's submission id must neither replay nor reveal their attempt.
			new Probe("POST", "/modules/{moduleId}/quiz", "/modules/alpha/quiz", Via.WEB,
					Map.of("submissionId", "B_ATTEMPT", "q.q1", "a"), 409),
			new Probe("GET", "/api/admin/completion", "/api/admin/completion?pole=B_POLE", Via.API, NO_FORM, 404),
			probe("GET", "/admin/events", "/admin/events?pole=B_POLE"),
			probe("POST", "/admin/events", "/admin/events?pole=B_POLE", EVENT),
			probe("GET", "/admin/events/{id}", "/admin/events/B_EVENT"),
			probe("POST", "/admin/events/{id}", "/admin/events/B_EVENT", EVENT),
			probe("POST", "/admin/events/{id}/cancel", "/admin/events/B_EVENT/cancel", NO_FORM),
			probe("POST", "/admin/events/{id}/participants", "/admin/events/B_EVENT/participants",
					Map.of("organisations", "B_ORG", "emails", "")),
			new Probe("POST", "/admin/events/{id}/participants/import", "/admin/events/B_EVENT/participants/import",
					Via.UPLOAD, NO_FORM, 404),
			probe("GET", "/admin/campaigns", "/admin/campaigns?pole=B_POLE"),
			probe("GET", "/admin/campaigns/{id}", "/admin/campaigns/B_CAMPAIGN"),
			probe("POST", "/admin/campaigns/{id}", "/admin/campaigns/B_CAMPAIGN",
					Map.of("courses", "essentials", "leadDays", "20", "dueDaysBefore", "2", "reminderDays", "1")),
			probe("POST", "/admin/campaigns/{id}/launch", "/admin/campaigns/B_CAMPAIGN/launch", NO_FORM),
			probe("GET", "/admin/speakers", "/admin/speakers?pole=B_POLE"),
			probe("POST", "/admin/speakers", "/admin/speakers?pole=B_POLE", Map.of("email", "pirate@evil.test")),
			probe("POST", "/admin/speakers/{id}/withdraw", "/admin/speakers/B_SPEAKER/withdraw?pole=B_POLE", NO_FORM),
			probe("GET", "/speaker/sessions/new", "/speaker/sessions/new?event=B_EVENT&day=2030-05-07&start=10:00&end=11:30"),
			// A session for pole B, from an admin of pole A: pole B is not among the poles they may invite.
			new Probe("POST", "/speaker/sessions", "/speaker/sessions", Via.WEB, SESSION, 400),
			probe("GET", "/speaker/sessions/{id}/edit", "/speaker/sessions/B_SESSION/edit"),
			probe("POST", "/speaker/sessions/{id}", "/speaker/sessions/B_SESSION", SESSION),
			probe("POST", "/speaker/sessions/{id}/cancel", "/speaker/sessions/B_SESSION/cancel", NO_FORM),
			probe("GET", "/speaker/sessions/{id}/attendance", "/speaker/sessions/B_SESSION/attendance"),
			probe("POST", "/speaker/sessions/{id}/attendance", "/speaker/sessions/B_SESSION/attendance",
					Map.of("present", "B_MEMBER")),
			probe("GET", "/speaker/sessions/{id}/attendance.csv", "/speaker/sessions/B_SESSION/attendance.csv"),
			probe("GET", "/speaker/sessions/{id}/attendance.pdf", "/speaker/sessions/B_SESSION/attendance.pdf"),
			probe("POST", "/speaker/sessions/suggested", "/speaker/sessions/suggested",
					Map.of("event", "B_EVENT", "day", "2030-05-07", "start", "10:00", "end", "11:30")),
			probe("GET", "/sessions/{id}", "/sessions/B_SESSION"),
			probe("GET", "/sessions/{id}.ics", "/sessions/B_SESSION.ics"),
			probe("POST", "/sessions/{id}/register", "/sessions/B_SESSION/register", NO_FORM),
			probe("POST", "/sessions/{id}/unregister", "/sessions/B_SESSION/unregister", NO_FORM),
			probe("GET", "/speaker/material/{courseId}/versions/{number}", "/speaker/material/B_COURSE/versions/1"),
			probe("GET", "/speaker/material/{courseId}/versions/{number}", "/speaker/material/B_COURSE/versions/2"),
			probe("POST", "/speaker/material/{courseId}/versions/{number}/publish",
					"/speaker/material/B_COURSE/versions/2/publish", NO_FORM),
			probe("POST", "/speaker/material/{courseId}/versions/{number}/discard",
					"/speaker/material/B_COURSE/versions/2/discard", NO_FORM),
			probe("POST", "/speaker/material/{courseId}/offers", "/speaker/material/B_COURSE/offers",
					Map.of("pole", "A_POLE")),
			probe("POST", "/speaker/material/{courseId}/withdraw", "/speaker/material/B_COURSE/withdraw", NO_FORM),
			probe("GET", "/speaker/material/{courseId}/versions/{number}/modules/{moduleId}/sections/{section}",
					"/speaker/material/B_COURSE/versions/1/modules/B_MODULE/sections/1"),
			probe("GET", "/speaker/material/{courseId}/versions/{number}/modules/{moduleId}/quiz",
					"/speaker/material/B_COURSE/versions/1/modules/B_MODULE/quiz"),
			probe("GET", "/speaker/material/{courseId}/versions/{number}/modules/{moduleId}.gift",
					"/speaker/material/B_COURSE/versions/1/modules/B_MODULE.gift"),
			probe("GET", "/speaker/quizzes/{moduleId}.gift", "/speaker/quizzes/B_MODULE.gift"),
			probe("GET", "/material/{courseId}/{number}/**", "/material/B_COURSE/1/images/schema.png"),
			probe("POST", "/admin/material/{courseId}/accept", "/admin/material/B_COURSE/accept", NO_FORM),
			probe("POST", "/admin/material/{courseId}/decline", "/admin/material/B_COURSE/decline", NO_FORM),
			probe("POST", "/admin/material/{courseId}/withdraw", "/admin/material/B_COURSE/withdraw", NO_FORM),
			probe("GET", "/scorm/play/{moduleId}", "/scorm/play/B_SCORM_MODULE"),
			probe("POST", "/scorm/play/{moduleId}/commit", "/scorm/play/B_SCORM_MODULE/commit",
					Map.of("values", "{}")),
			probe("GET", "/scorm-content/{packageId}/**", "/scorm-content/B_SCORM_PACKAGE/play/index.html"),
			probe("GET", "/modules/{moduleId}", "/modules/B_SCORM_MODULE"),
			probe("GET", "/modules/{moduleId}", "/modules/B_MODULE"),
			probe("GET", "/modules/{moduleId}/sections/{number}", "/modules/B_MODULE/sections/1"),
			probe("GET", "/modules/{moduleId}/quiz", "/modules/B_MODULE/quiz"),
			new Probe("GET", "/api/modules/{moduleId}/quiz", "/api/modules/B_MODULE/quiz", Via.API, NO_FORM, 404),
			new Probe("GET", "/api/modules/{id}", "/api/modules/B_MODULE", Via.API, NO_FORM, 404),
			new Probe("POST", "/api/modules/{moduleId}/quiz/attempts", "/api/modules/alpha/quiz/attempts", Via.API,
					Map.of("submissionId", "B_ATTEMPT"), 409),
			probe("GET", "/admin/scorm/courses/{courseId}.zip", "/admin/scorm/courses/B_COURSE.zip?version=1.2"),
			probe("GET", "/admin/scorm/courses/{courseId}.zip", "/admin/scorm/courses/B_COURSE.zip?version=2004"),
			probe("GET", "/admin/scorm/modules/{moduleId}.zip", "/admin/scorm/modules/B_MODULE.zip?version=1.2"),
			probe("GET", "/admin/scorm/modules/{moduleId}.zip", "/admin/scorm/modules/B_MODULE.zip?version=2004"),
			new Probe("GET", "/api/courses/{id}/scorm", "/api/courses/B_COURSE/scorm?version=1.2", Via.API, NO_FORM,
					404),
			new Probe("GET", "/api/courses/{id}/scorm", "/api/courses/B_COURSE/scorm?version=2004", Via.API, NO_FORM,
					404));

	/**
	 * Mapped paths with an id that need no probe, and why. Public token links are secrets
	 * handed to one person, not ids of a pole's records; the module pages and quiz sheet take
	 * a catalogue id and are probed with another pole's material.
	 */
	static final Map<String, String> EXEMPT = Map.ofEntries(
			Map.entry("GET /invitations/{token}", "public by design: a secret single-use link, not a pole's id"),
			Map.entry("POST /invitations/{token}", "public by design: a secret single-use link, not a pole's id"),
			Map.entry("GET /password/reset/{token}", "public by design: a secret single-use link, not a pole's id"),
			Map.entry("POST /password/reset/{token}", "public by design: a secret single-use link, not a pole's id"),
			Map.entry("GET /attestations/{courseId}.pdf", "catalogue id; only the signed-in member's own attestation"),
			Map.entry("GET /verify/{code}", "public by design: a secret code printed on one attestation"),
			Map.entry("GET /ical/{token}/{feed}.ics", "public by design: a member's secret calendar address, not a pole's id"),
			Map.entry("GET /speaker/sessions", "lists the signed-in user's own sessions and their own pole's, takes no id"),
			Map.entry("GET /speaker/material", "lists the signed-in user's own uploads, takes no id"),
			Map.entry("POST /speaker/material", "stores an upload owned by the signed-in user, takes no id"),
			Map.entry("GET /admin/material", "lists the offers made to the signed-in admin's own pole, takes no id"),
			Map.entry("GET /speaker/scorm", "lists the signed-in user's own imported packages, takes no id"),
			Map.entry("POST /speaker/scorm", "imports a package for the signed-in user's own pole, takes no id"),
			Map.entry("GET /admin/scorm", "lists the courses the signed-in admin's own pole follows, takes no id"));

	private IsolationProbes() {
	}

	private static Probe probe(String method, String pattern, String path) {
		return probe(method, pattern, path, NO_FORM);
	}

	private static Probe probe(String method, String pattern, String path, Map<String, String> form) {
		return new Probe(method, pattern, path, Via.WEB, form, 404);
	}

}
