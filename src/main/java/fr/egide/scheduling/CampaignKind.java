package fr.egide.scheduling;

/** Why a campaign exists: before a trade fair, at an adherent's admission, or for the annual refresher. */
enum CampaignKind {

	TRADE_FAIR, ONBOARDING, REFRESHER;

	static String fairTitle(PoleEvent event) {
		return event.name();
	}

}
