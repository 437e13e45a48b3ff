package fr.egide;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Reads the mails the server kept (no SMTP in tests) and the links in them, as a person would click them. */
public final class TestOutbox {

	private final MongoTemplate mongo;

	public TestOutbox(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The newest mail to {@code address}, waiting up to 5 s for mails sent in the background. */
	public Document latestTo(String address) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
		while (true) {
			// Natural order is insertion order; the test clock may give several mails the same instant.
			var found = this.mongo.find(Query.query(Criteria.where("to").is(address)), Document.class, "outbox");
			if (!found.isEmpty()) {
				return found.stream()
					.reduce((a, b) -> b.getDate("createdAt").before(a.getDate("createdAt")) ? a : b)
					.get();
			}
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("No mail to " + address);
			}
			sleep();
		}
	}

	public long countTo(String address) {
		return this.mongo.count(Query.query(Criteria.where("to").is(address)), "outbox");
	}

	/** The path of the first link in the newest mail to {@code address} whose path starts with {@code prefix}. */
	public String linkPath(String address, String prefix) {
		var matcher = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(prefix) + "\\S+)")
			.matcher(latestTo(address).getString("text"));
		if (!matcher.find()) {
			throw new AssertionError("No link to " + prefix + " in the mail to " + address);
		}
		return matcher.group(1);
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
