package fr.egide.scheduling;

/** A draft can still be edited; a launched campaign has assigned its courses; a cancelled one assigns nothing more. */
enum CampaignState {

	DRAFT, LAUNCHED, CANCELLED

}
