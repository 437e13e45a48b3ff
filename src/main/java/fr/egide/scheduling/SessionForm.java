package fr.egide.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import fr.egide.scheduling.TrainingSession.SessionFormat;

/** The session form as posted (all text), turned into {@link SessionDetails} once checked. */
record SessionForm(String title, String summary, String format, String address, String room, String link,
		String day, String start, String end, String capacity, List<String> poles, String event, String cohort,
		String course, Boolean qcmRequired, String speaker) {

	static SessionForm blank(String speakerId, String poleId) {
		return new SessionForm("", "", "IN_PERSON", "", "", "", "", "10:00", "11:30", "30",
				poleId == null ? List.of() : List.of(poleId), "", "", "", false, speakerId);
	}

	static SessionForm of(TrainingSession session) {
		var start = session.startsAt().atZone(Campaigns.PARIS);
		var end = session.endsAt().atZone(Campaigns.PARIS);
		return new SessionForm(session.title(), session.summary(), session.format().name(), session.address(),
				session.room(), session.link(), start.toLocalDate().toString(), start.toLocalTime().toString(),
				end.toLocalTime().toString(), String.valueOf(session.capacity()), List.copyOf(session.poleIds()),
				nullToEmpty(session.eventId()), nullToEmpty(session.cohortOrganisationId()),
				nullToEmpty(session.courseId()), session.qcmRequired(), session.speakerId());
	}

	/** A suggested slot, ready to edit. */
	static SessionForm suggested(String speakerId, String poleId, String eventId, String title, String address,
			LocalDate day, LocalTime start, LocalTime end) {
		return new SessionForm(title, "", "IN_PERSON", address, "", "", day.toString(), start.toString(),
				end.toString(), "30", List.of(poleId), nullToEmpty(eventId), "", "", false, speakerId);
	}

	SessionDetails details(List<String> moduleIds, Set<String> allowedPoles) {
		Set<String> poleIds = new LinkedHashSet<>();
		(this.poles == null ? List.<String>of() : this.poles).stream().filter(allowedPoles::contains).forEach(poleIds::add);
		SessionFormat kind = "ONLINE".equals(this.format) ? SessionFormat.ONLINE
				: "IN_PERSON".equals(this.format) ? SessionFormat.IN_PERSON : null;
		int seats;
		try {
			seats = Integer.parseInt(this.capacity.strip());
		}
		catch (NumberFormatException ex) {
			seats = 0;
		}
		return new SessionDetails(clean(this.title), this.summary == null ? "" : this.summary.strip(), kind,
				kind == SessionFormat.IN_PERSON ? clean(this.address) : "",
				kind == SessionFormat.IN_PERSON ? clean(this.room) : "", kind == SessionFormat.ONLINE ? clean(this.link) : "",
				SessionDetails.at(this.day, this.start), SessionDetails.at(this.day, this.end), seats, poleIds,
				emptyToNull(this.event), emptyToNull(this.cohort), emptyToNull(this.course), moduleIds,
				Boolean.TRUE.equals(this.qcmRequired));
	}

	private static String clean(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ");
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	private static String emptyToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
