package fr.egide;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creates a pole's data the way its admin would, through the application's own pages and API,
 * and finds the ids the application gave it in the store.
 */
final class PoleData {

	private static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]+)");

	private final int port;

	private final MongoTemplate mongo;

	private final WebClient admin;

	/** {@code admin} is the pole admin's signed-in session. */
	PoleData(int port, MongoTemplate mongo, WebClient admin) {
		this.port = port;
		this.mongo = mongo;
		this.admin = admin;
	}

	/** Admits an organisation through the admission form; returns its id. */
	String admit(String name) {
		var page = this.admin.post("/admin/organisations", Map.of("name", name, "identifier", "", "type", "COMPANY",
				"admittedOn", "2026-03-01", "sponsor1", "Parrain 1", "sponsor2", "Parrain 2", "contactName", "",
				"contactEmail", ""));
		assertThat(page.redirectsTo("/admin/organisations/")).as("admission: %s", page.status()).isTrue();
		String path = URI.create(page.location()).getPath();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	void publishCharter(String markdown) {
		assertThat(this.admin.post("/admin/charter", Map.of("draft", markdown)).redirectsTo("/admin/charter"))
			.isTrue();
	}

	void invite(String organisationId, String email, String role) {
		var page = this.admin.post("/admin/organisations/" + organisationId + "/invitations",
				Map.of("email", email, "displayName", "Invité " + email, "role", role));
		assertThat(page.redirectsTo("/admin/organisations/" + organisationId)).isTrue();
		assertThat(invitation(email).getString("status")).isEqualTo("PENDING");
	}

	String invitationId(String email) {
		return invitation(email).get("_id").toString();
	}

	/** The outbox entry of the last mail to this address. */
	String mailId(String email) {
		return mail(email).get("_id").toString();
	}

	/** The secret token of the invitation link mailed to this address (kept in the outbox without SMTP). */
	String linkSentTo(String email) {
		var matcher = LINK.matcher(mail(email).getString("text"));
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	/** A quiz attempt of this member through the API; returns its id. */
	String attempt(String email) {
		var api = new ApiClient(this.port);
		String id = UUID.randomUUID().toString();
		var response = api.post("/api/modules/alpha/quiz/attempts", api.token(email, TestMembers.PASSWORD),
				"{\"submissionId\": \"" + id + "\", \"answers\": {\"q1\": [\"a\"]}}");
		assertThat(response.status()).as(response.raw()).isEqualTo(200);
		return id;
	}

	private Document invitation(String email) {
		var found = this.mongo.findOne(Query.query(Criteria.where("email").is(email)), Document.class, "invitations");
		assertThat(found).as("invitation to %s", email).isNotNull();
		return found;
	}

	private Document mail(String email) {
		var found = this.mongo.findOne(Query.query(Criteria.where("to").is(email)), Document.class, "outbox");
		assertThat(found).as("mail to %s", email).isNotNull();
		return found;
	}

}
