package fr.egide.learning;

/** A campaign's assignments: how many it gave, how many are finished. */
public record CampaignTally(String campaignId, long assigned, long completed) {

	/** Finished share in whole percent, 0 when nothing was assigned. */
	public int percent() {
		return this.assigned == 0 ? 0 : (int) Math.round(100.0 * this.completed / this.assigned);
	}

}
