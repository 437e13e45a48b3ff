package fr.egide.scheduling;

import java.net.URI;
import java.time.ZonedDateTime;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import fr.egide.directory.MemberAccount;
import fr.egide.learning.AssignmentView;
import fr.egide.system.PublicUrls;

import org.springframework.stereotype.Component;

/**
 * iCalendar (RFC 5545) feeds built with ical4j: sessions in Paris time with the zone's
 * VTIMEZONE (so clients place them right on both sides of a clock change), events and due dates
 * as all-day entries. Each entry keeps its UID for ever and carries the record's change count as
 * SEQUENCE, so a change or a cancellation (STATUS:CANCELLED) replaces the copy clients hold.
 */
@Component
class CalendarFeeds {

	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private static final String DOMAIN = "@egide";

	private static final int MAX_OCTETS = 75;

	private final CalendarEntries entries;

	private final PublicUrls urls;

	CalendarFeeds(CalendarEntries entries, PublicUrls urls) {
		this.entries = entries;
		this.urls = urls;
	}

	/** The member's sessions (seat or waiting list) and unfinished courses' due dates. */
	String member(MemberAccount member) {
		Calendar calendar = calendar("Égide — " + member.displayName());
		this.entries.registeredSessions(member).forEach(session -> calendar.add(session(session)));
		this.entries.dueDates(member.id()).forEach(due -> calendar.add(due(member.id(), due)));
		return folded(calendar);
	}

	/** The sessions the speaker gives. */
	String speaker(MemberAccount member) {
		Calendar calendar = calendar("Égide — sessions de " + member.displayName());
		this.entries.speakerSessions(member).forEach(session -> calendar.add(session(session)));
		return folded(calendar);
	}

	/** The pole's events and the sessions open to its members. */
	String pole(String poleId, String poleName) {
		Calendar calendar = calendar("Égide — " + poleName);
		this.entries.poleEvents(poleId).forEach(event -> calendar.add(event(event)));
		this.entries.poleSessions(poleId).forEach(session -> calendar.add(session(session)));
		return folded(calendar);
	}

	/** One session, to download and open in any calendar application. */
	String single(TrainingSession session) {
		Calendar calendar = calendar(session.title());
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(session(session));
		return folded(calendar);
	}

	private Calendar calendar(String name) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Égide//Calendrier//FR"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("X-WR-TIMEZONE", Campaigns.PARIS.getId()));
		calendar.add(ZONES.getTimeZone(Campaigns.PARIS.getId()).getVTimeZone());
		return calendar;
	}

	private VEvent session(TrainingSession session) {
		ZonedDateTime start = session.startsAt().atZone(Campaigns.PARIS);
		ZonedDateTime end = session.endsAt().atZone(Campaigns.PARIS);
		String link = this.urls.to("/sessions/" + session.id());
		VEvent event = new VEvent(start, end, session.title());
		event.add(new Uid("session-" + session.id() + DOMAIN));
		event.add(new Sequence(session.sequence()));
		event.add(new DtStamp(session.updatedAt()));
		event.add(new Description(session.summary().isBlank() ? link : session.summary() + "\n\n" + link));
		event.add(new Location(session.online() ? session.link()
				: session.address() + (session.room().isBlank() ? "" : " — " + session.room())));
		event.add(new Url(URI.create(link)));
		event.add(session.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		return event;
	}

	private VEvent event(PoleEvent pole) {
		VEvent event = new VEvent(pole.startsOn(), pole.endsOn().plusDays(1), pole.name());
		event.add(new Uid("event-" + pole.id() + DOMAIN));
		event.add(new Sequence(pole.sequence()));
		event.add(new DtStamp(pole.updatedAt()));
		event.add(new Location(pole.place().isBlank() ? pole.country() : pole.place() + " (" + pole.country() + ")"));
		if (!pole.website().isBlank()) {
			event.add(new Url(URI.create(pole.website())));
		}
		event.add(pole.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		return event;
	}

	private VEvent due(String memberId, AssignmentView due) {
		VEvent event = new VEvent(due.dueOn(), due.dueOn().plusDays(1), "À terminer\u00a0: " + due.courseTitle());
		event.add(new Uid("due-" + memberId + "-" + due.courseId() + DOMAIN));
		event.add(new DtStamp(due.dueOn().atStartOfDay(Campaigns.PARIS).toInstant()));
		event.add(new Url(URI.create(this.urls.to("/"))));
		return event;
	}

	/**
	 * The calendar as text with lines folded at 75 octets (RFC 5545 §3.1): ical4j writes them
	 * unfolded, and folding by characters would still overrun on accented text.
	 */
	static String folded(Calendar calendar) {
		var out = new StringBuilder();
		for (String line : calendar.toString().split("\r\n")) {
			if (line.isEmpty()) {
				continue;
			}
			int octets = 0;
			for (int i = 0; i < line.length();) {
				int codePoint = line.codePointAt(i);
				int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
				if (octets + size > MAX_OCTETS) {
					out.append("\r\n ");
					octets = 1;
				}
				out.appendCodePoint(codePoint);
				octets += size;
				i += Character.charCount(codePoint);
			}
			out.append("\r\n");
		}
		return out.toString();
	}

}
