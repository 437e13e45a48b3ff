package fr.egide.quiz;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Drops the per-member lists of attempt ids that Égide kept until December 2026: each member's
 * progress records the same ids (see {@link MemberAttempts}), and keeping both cost a store write
 * per attempt. Dropped rather than left behind, so that an older Égide started on this store
 * rebuilds its lists from the attempts instead of trusting stale ones.
 */
@Component
class RetiredAttemptLists implements ApplicationRunner {

	static final String COLLECTION = "attempts_by_member";

	private static final Logger log = LoggerFactory.getLogger(RetiredAttemptLists.class);

	private final MongoTemplate mongo;

	RetiredAttemptLists(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.mongo.collectionExists(COLLECTION)) {
			this.mongo.dropCollection(COLLECTION);
			log.info("Dropped {}: attempt ids are read from the members' progress", COLLECTION);
		}
	}

}
