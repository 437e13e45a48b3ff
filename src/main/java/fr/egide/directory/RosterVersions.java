package fr.egide.directory;

import org.bson.Document;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A number per pole that grows whenever its list of members changes (someone joins, is
 * deactivated or erased). Kept in the store, so every server instance sees the change and
 * drops the sorted list it holds in memory.
 */
@Component
class RosterVersions {

	static final String COLLECTION = "roster_versions";

	private final MongoTemplate mongo;

	RosterVersions(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	long current(String poleId) {
		Document found = this.mongo.findById(poleId, Document.class, COLLECTION);
		return found == null ? 0 : ((Number) found.get("version")).longValue();
	}

	void bump(String poleId) {
		if (poleId != null) {
			this.mongo.findAndModify(Query.query(Criteria.where("_id").is(poleId)), new Update().inc("version", 1L),
					FindAndModifyOptions.options().upsert(true), Document.class, COLLECTION);
		}
	}

}
