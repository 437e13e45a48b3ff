package fr.egide.scheduling;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Secret tokens of the calendar feeds: 256 random bits, one per member, made on first use and
 * replaced on request (the old address stops working at once). Looked up through a unique
 * index, the one kind the embedded store uses.
 */
@Service
class CalendarKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MongoTemplate mongo;

	private final Clock clock;

	CalendarKeys(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	String tokenOf(String memberId) {
		var existing = this.mongo.findById(memberId, CalendarKey.class);
		if (existing != null) {
			return existing.token();
		}
		try {
			return this.mongo.insert(new CalendarKey(memberId, newToken(), this.clock.instant())).token();
		}
		catch (DuplicateKeyException ex) {
			return this.mongo.findById(memberId, CalendarKey.class).token();
		}
	}

	String regenerate(String memberId) {
		return this.mongo.save(new CalendarKey(memberId, newToken(), this.clock.instant())).token();
	}

	Optional<String> memberFor(String token) {
		if (token == null || token.length() != 43) {
			return Optional.empty();
		}
		return Optional.ofNullable(
				this.mongo.findOne(Query.query(Criteria.where("token").is(token)), CalendarKey.class))
			.map(CalendarKey::memberId);
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
