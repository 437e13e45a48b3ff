package fr.egide.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Courses assigned to a set of members with a due date and reminder days. A trade-fair campaign
 * follows its event: launched {@code leadDays} before the opening, due {@code dueDaysBefore}
 * it. An onboarding campaign gives each newcomer {@code dueDaysAfterJoining}. A refresher
 * campaign groups one month's renewals. Editable while {@link CampaignState#DRAFT}.
 */
@Document("campaigns")
record Campaign(@Id String id, String poleId, CampaignKind kind, String title, String eventId,
		String organisationId, List<String> courseIds, int leadDays, int dueDaysBefore, int dueDaysAfterJoining,
		LocalDate launchOn, LocalDate dueOn, List<Integer> reminderDays, CampaignState state, Set<String> memberIds,
		Instant createdAt, Instant launchedAt) {

	static String fairId(String eventId) {
		return "fair-" + eventId;
	}

	static String onboardingId(String organisationId) {
		return "onboarding-" + organisationId;
	}

	public boolean draft() {
		return this.state == CampaignState.DRAFT;
	}

	public boolean launched() {
		return this.state == CampaignState.LAUNCHED;
	}

	/** The dates a trade-fair campaign takes from its event; the launch never before {@code today}. */
	Campaign following(PoleEvent event, LocalDate today) {
		LocalDate due = event.startsOn().minusDays(this.dueDaysBefore);
		LocalDate launch = event.startsOn().minusDays(this.leadDays);
		if (launch.isBefore(today) && draft()) {
			launch = today;
		}
		return new Campaign(this.id, this.poleId, this.kind, CampaignKind.fairTitle(event), this.eventId,
				this.organisationId, this.courseIds, this.leadDays, this.dueDaysBefore, this.dueDaysAfterJoining,
				this.launched() ? this.launchOn : launch, due, this.reminderDays, this.state, this.memberIds,
				this.createdAt, this.launchedAt);
	}

	Campaign edited(List<String> courseIds, int leadDays, int dueDaysBefore, int dueDaysAfterJoining,
			List<Integer> reminderDays, LocalDate dueOn) {
		return new Campaign(this.id, this.poleId, this.kind, this.title, this.eventId, this.organisationId,
				List.copyOf(courseIds), leadDays, dueDaysBefore, dueDaysAfterJoining, this.launchOn, dueOn,
				List.copyOf(reminderDays), this.state, this.memberIds, this.createdAt, this.launchedAt);
	}

	Campaign withState(CampaignState state, Instant now) {
		return new Campaign(this.id, this.poleId, this.kind, this.title, this.eventId, this.organisationId,
				this.courseIds, this.leadDays, this.dueDaysBefore, this.dueDaysAfterJoining, this.launchOn, this.dueOn,
				this.reminderDays, state, this.memberIds,
				this.createdAt, state == CampaignState.LAUNCHED && this.launchedAt == null ? now : this.launchedAt);
	}

	Campaign withMembers(Set<String> memberIds) {
		return new Campaign(this.id, this.poleId, this.kind, this.title, this.eventId, this.organisationId,
				this.courseIds, this.leadDays, this.dueDaysBefore, this.dueDaysAfterJoining, this.launchOn, this.dueOn,
				this.reminderDays, this.state, Set.copyOf(memberIds), this.createdAt, this.launchedAt);
	}

}
