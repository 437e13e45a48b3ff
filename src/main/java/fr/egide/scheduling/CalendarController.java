package fr.egide.scheduling;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Pole;
import fr.egide.security.EgideUser;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Calendars: the month page (events, sessions and due dates together), the subscription
 * addresses with their secret token, the feeds behind them, and one session's {@code .ics}.
 */
@Controller
class CalendarController {

	static final MediaType ICALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final CalendarKeys keys;

	private final CalendarFeeds feeds;

	private final CalendarEntries entries;

	private final Sessions sessions;

	private final Speakers speakers;

	private final Directory directory;

	private final fr.egide.system.PublicUrls urls;

	CalendarController(CalendarKeys keys, CalendarFeeds feeds, CalendarEntries entries, Sessions sessions,
			Speakers speakers, Directory directory, fr.egide.system.PublicUrls urls) {
		this.keys = keys;
		this.feeds = feeds;
		this.entries = entries;
		this.sessions = sessions;
		this.speakers = speakers;
		this.directory = directory;
		this.urls = urls;
	}

	/** One day of the month grid; {@code inMonth} is false for the days of the previous and next months shown. */
	record Day(LocalDate date, boolean inMonth, boolean today, List<Entry> entries) {
	}

	/** Something on a day: an event, a session or a due date, with where it links to (or null). */
	record Entry(String kind, String text, String href, boolean cancelled) {
	}

	@GetMapping("/calendar")
	String month(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String month, Model model) {
		MemberAccount member = this.directory.member(user.memberId()).orElseThrow();
		LocalDate today = LocalDate.now(this.sessions.clock().withZone(Campaigns.PARIS));
		YearMonth shown = parse(month).orElse(YearMonth.from(today));
		LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		Map<LocalDate, List<Entry>> byDay = new LinkedHashMap<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			byDay.put(day, new ArrayList<>());
		}
		if (member.poleId() != null) {
			for (PoleEvent event : this.entries.poleEvents(member.poleId())) {
				for (LocalDate day = event.startsOn(); !day.isAfter(event.endsOn()); day = day.plusDays(1)) {
					add(byDay, day, new Entry("event", event.name(), user.isAdmin() ? "/admin/events/" + event.id() : null,
							event.cancelled()));
				}
			}
		}
		for (TrainingSession session : this.entries.visibleSessions(member)) {
			var start = session.startsAt().atZone(Campaigns.PARIS);
			add(byDay, start.toLocalDate(), new Entry("session",
					String.format("%02d:%02d %s", start.getHour(), start.getMinute(), session.title()),
					"/sessions/" + session.id(), session.cancelled()));
		}
		this.entries.dueDates(member.id())
			.forEach(due -> add(byDay, due.dueOn(), new Entry("due", due.courseTitle(), "/", false)));
		List<List<Day>> weeks = new ArrayList<>();
		List<Day> week = new ArrayList<>();
		for (var day : byDay.entrySet()) {
			week.add(new Day(day.getKey(), YearMonth.from(day.getKey()).equals(shown), day.getKey().equals(today),
					day.getValue()));
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		model.addAttribute("month", shown.atDay(1));
		model.addAttribute("previous", shown.minusMonths(1).toString());
		model.addAttribute("next", shown.plusMonths(1).toString());
		model.addAttribute("weeks", weeks);
		return "scheduling/calendar";
	}

	@GetMapping("/calendar/feeds")
	String feeds(@AuthenticationPrincipal EgideUser user, Model model) {
		MemberAccount member = this.directory.member(user.memberId()).orElseThrow();
		String base = this.urls.to("/ical/" + this.keys.tokenOf(member.id()) + "/");
		Map<String, String> addresses = new LinkedHashMap<>();
		addresses.put("member", base + "member.ics");
		if (member.poleId() != null) {
			addresses.put("pole", base + "pole.ics");
		}
		if (member.has(fr.egide.directory.Role.SPEAKER)) {
			addresses.put("speaker", base + "speaker.ics");
		}
		model.addAttribute("addresses", addresses);
		return "scheduling/feeds";
	}

	@PostMapping("/calendar/feeds/regenerate")
	String regenerate(@AuthenticationPrincipal EgideUser user, RedirectAttributes redirect) {
		this.keys.regenerate(user.memberId());
		redirect.addFlashAttribute("notice", "calendar.feeds.regenerated");
		return "redirect:/calendar/feeds";
	}

	/** A feed behind a secret address; anything unknown is a plain 404, whatever the reason. */
	@GetMapping("/ical/{token}/{feed}.ics")
	ResponseEntity<String> feed(@PathVariable String token, @PathVariable String feed) {
		MemberAccount member = this.keys.memberFor(token)
			.flatMap(this.directory::member)
			.filter(MemberAccount::active)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String body = switch (feed) {
			case "member" -> this.feeds.member(member);
			case "speaker" -> {
				if (!member.has(fr.egide.directory.Role.SPEAKER)) {
					throw new ResponseStatusException(HttpStatus.NOT_FOUND);
				}
				yield this.feeds.speaker(member);
			}
			case "pole" -> {
				Pole pole = member.poleId() == null ? null : this.directory.pole(member.poleId()).orElse(null);
				if (pole == null) {
					throw new ResponseStatusException(HttpStatus.NOT_FOUND);
				}
				yield this.feeds.pole(pole.id(), pole.name());
			}
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
		return ResponseEntity.ok()
			.contentType(ICALENDAR)
			.cacheControl(CacheControl.noStore())
			.header("X-Robots-Tag", "noindex")
			.body(body);
	}

	@GetMapping("/sessions/{id}.ics")
	ResponseEntity<String> sessionFile(@AuthenticationPrincipal EgideUser user, @PathVariable String id) {
		TrainingSession session = this.sessions.find(id)
			.filter(found -> (user.poleId() != null && found.poleIds().contains(user.poleId()))
					|| this.speakers.mayManage(user, found))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(ICALENDAR)
			.header("Content-Disposition",
					ContentDisposition.attachment().filename("session-" + session.id() + ".ics").build().toString())
			.cacheControl(CacheControl.noStore())
			.body(this.feeds.single(session));
	}

	private static void add(Map<LocalDate, List<Entry>> byDay, LocalDate day, Entry entry) {
		List<Entry> list = byDay.get(day);
		if (list != null) {
			list.add(entry);
		}
	}

	private static java.util.Optional<YearMonth> parse(String month) {
		try {
			return month == null ? java.util.Optional.empty() : java.util.Optional.of(YearMonth.parse(month));
		}
		catch (DateTimeParseException ex) {
			return java.util.Optional.empty();
		}
	}

}
