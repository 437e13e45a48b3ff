package fr.egide.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import fr.egide.learning.Assignments;
import fr.egide.learning.CampaignTally;

import org.springframework.stereotype.Service;

/** The campaigns of a pole with their figures, for the campaign list and the admin dashboard. */
@Service
public class CampaignBoard {

	private final Campaigns campaigns;

	private final Assignments assignments;

	CampaignBoard(Campaigns campaigns, Assignments assignments) {
		this.campaigns = campaigns;
		this.assignments = assignments;
	}

	/**
	 * One campaign: its kind and state as message-key suffixes, its due date (or, for onboarding,
	 * the days each newcomer has) and how many of its assignments are finished.
	 */
	public record CampaignLine(String id, String title, String kind, String state, LocalDate dueOn,
			int dueDaysAfterJoining, long assigned, long completed, int percent) {
	}

	/** Every campaign of the pole, latest due date first (onboarding campaigns last). */
	public List<CampaignLine> ofPole(String poleId) {
		List<Campaign> all = new ArrayList<>(this.campaigns.ofPole(poleId));
		all.sort(Comparator.comparing(Campaign::dueOn, Comparator.nullsLast(Comparator.reverseOrder())));
		Map<String, CampaignTally> tallies = this.assignments.tallies(all.stream().map(Campaign::id).toList());
		return all.stream().map(campaign -> {
			CampaignTally tally = tallies.get(campaign.id());
			return new CampaignLine(campaign.id(), campaign.title(), campaign.kind().name(), campaign.state().name(),
					campaign.dueOn(), campaign.dueDaysAfterJoining(), tally.assigned(), tally.completed(),
					tally.percent());
		}).toList();
	}

}
