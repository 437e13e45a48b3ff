package fr.egide.learning;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Per-campaign counters ({@code campaign_tallies}), moved with {@code $inc} when an assignment
 * joins a campaign and when it is finished, so the dashboard reads one small document per
 * campaign instead of every assignment.
 */
@Component
class CampaignTallies {

	static final String COLLECTION = "campaign_tallies";

	private final MongoTemplate mongo;

	CampaignTallies(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void assigned(String campaignId, int delta) {
		bump(campaignId, "assigned", delta);
	}

	void completed(String campaignId, int delta) {
		bump(campaignId, "completed", delta);
	}

	CampaignTally of(String campaignId) {
		return of(java.util.List.of(campaignId)).get(campaignId);
	}

	Map<String, CampaignTally> of(Collection<String> campaignIds) {
		Map<String, CampaignTally> tallies = new HashMap<>();
		campaignIds.forEach(id -> tallies.put(id, new CampaignTally(id, 0, 0)));
		if (!campaignIds.isEmpty()) {
			this.mongo.find(Query.query(Criteria.where("_id").in(campaignIds)), Document.class, COLLECTION)
				.forEach(doc -> tallies.put(doc.getString("_id"), new CampaignTally(doc.getString("_id"),
						number(doc, "assigned"), number(doc, "completed"))));
		}
		return tallies;
	}

	private void bump(String campaignId, String field, int delta) {
		if (campaignId != null && delta != 0) {
			this.mongo.upsert(Query.query(Criteria.where("_id").is(campaignId)), new Update().inc(field, delta),
					COLLECTION);
		}
	}

	private static long number(Document doc, String field) {
		Object value = doc.get(field);
		return value instanceof Number number ? number.longValue() : 0;
	}

}
