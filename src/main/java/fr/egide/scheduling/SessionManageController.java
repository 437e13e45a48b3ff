package fr.egide.scheduling;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import fr.egide.audit.AuditLog;
import fr.egide.catalog.Course;
import fr.egide.catalog.CourseCatalog;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Pole;
import fr.egide.directory.Role;
import fr.egide.learning.Assignments;
import fr.egide.security.EgideUser;
import fr.egide.system.CellText;
import fr.egide.system.PdfDocuments;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sessions as their speaker (or a pole admin) manages them: list, create (also from a
 * suggested date), edit, cancel, take attendance on a phone, export the attendance sheet.
 */
@Controller
class SessionManageController {

	private final Sessions sessions;

	private final Speakers speakers;

	private final Events events;

	private final Campaigns campaigns;

	private final SlotSuggestions slots;

	private final Assignments assignments;

	private final CourseCatalog catalog;

	private final Directory directory;

	private final AuditLog audit;

	private final SpringTemplateEngine templates;

	SessionManageController(Sessions sessions, Speakers speakers, Events events, Campaigns campaigns,
			SlotSuggestions slots, Assignments assignments, CourseCatalog catalog, Directory directory, AuditLog audit,
			SpringTemplateEngine templates) {
		this.sessions = sessions;
		this.speakers = speakers;
		this.events = events;
		this.campaigns = campaigns;
		this.slots = slots;
		this.assignments = assignments;
		this.catalog = catalog;
		this.directory = directory;
		this.audit = audit;
		this.templates = templates;
	}

	/** A session with its seats taken and people waiting, for the list. */
	record SessionLine(TrainingSession session, int seated, int waiting, String speakerName) {
	}

	@GetMapping("/speaker/sessions")
	String list(@AuthenticationPrincipal EgideUser user, Model model) {
		Map<String, TrainingSession> visible = new LinkedHashMap<>();
		this.sessions.bySpeaker(user.memberId()).forEach(session -> visible.put(session.id(), session));
		if (user.has(Role.POLE_ADMIN) && user.poleId() != null) {
			this.sessions.forPole(user.poleId()).forEach(session -> visible.put(session.id(), session));
		}
		Map<String, String> names = this.directory.displayNames(
				visible.values().stream().map(TrainingSession::speakerId).distinct().toList());
		model.addAttribute("sessions", visible.values()
			.stream()
			.sorted(Comparator.comparing(TrainingSession::startsAt))
			.map(session -> {
				SessionRoster roster = this.sessions.roster(session.id());
				return new SessionLine(session, roster.seated().size(), roster.waiting().size(),
						names.getOrDefault(session.speakerId(), "—"));
			})
			.toList());
		model.addAttribute("poles", this.speakers.polesFor(user));
		if (user.has(Role.POLE_ADMIN) && user.poleId() != null) {
			int waiting = newcomersWaiting(user.poleId());
			model.addAttribute("newcomersWaiting", waiting);
			model.addAttribute("onboardingSlot",
					this.slots.onboarding(waiting, this.sessions.othersOf(user.memberId(), null)).orElse(null));
		}
		return "scheduling/manage-sessions";
	}

	@GetMapping("/speaker/sessions/new")
	String newSession(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String event,
			@RequestParam(required = false) String speaker, @RequestParam(required = false) String day,
			@RequestParam(required = false) String start, @RequestParam(required = false) String end,
			@RequestParam(required = false) String cohort, Model model) {
		SessionForm form = SessionForm.blank(user.memberId(), user.poleId());
		Optional<PoleEvent> linked = event == null ? Optional.empty() : adminEvent(user, event);
		if (event != null && linked.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (day != null && start != null && end != null) {
			try {
				form = SessionForm.suggested(chosenSpeaker(user, speaker), user.poleId(),
						linked.map(PoleEvent::id).orElse(null), linked.map(this::briefingTitle).orElse(""),
						linked.map(PoleEvent::place).orElse(""), LocalDate.parse(day), LocalTime.parse(start),
						LocalTime.parse(end));
			}
			catch (RuntimeException ex) {
				// A hand-edited link: start from a blank form.
			}
		}
		if (cohort != null) {
			form = new SessionForm(form.title(), form.summary(), form.format(), form.address(), form.room(),
					form.link(), form.day(), form.start(), form.end(), form.capacity(), form.poles(), "", cohort,
					this.catalog.courses().isEmpty() ? "" : this.catalog.courses().get(0).id(), false, form.speaker());
		}
		return form(user, form, null, model);
	}

	/** Accepts a suggested slot as it is: a session with the usual settings, then its edit page. */
	@PostMapping("/speaker/sessions/suggested")
	String acceptSuggestion(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String event,
			@RequestParam(required = false) String cohort, @RequestParam(required = false) String speaker,
			@RequestParam String day, @RequestParam String start, @RequestParam String end,
			RedirectAttributes redirect) {
		Optional<PoleEvent> linked = event == null ? Optional.empty() : adminEvent(user, event);
		if (event != null && linked.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String title = linked.map(this::briefingTitle).orElse("");
		String course = linked.isPresent() ? this.campaigns.ofEvent(linked.get())
			.map(campaign -> campaign.courseIds().isEmpty() ? "" : campaign.courseIds().get(0))
			.orElse("") : "";
		SessionForm form = new SessionForm(title, "", "IN_PERSON", linked.map(PoleEvent::place).orElse(""), "", "",
				day, start, end, "30", user.poleId() == null ? List.of() : List.of(user.poleId()),
				linked.map(PoleEvent::id).orElse(""), cohort == null ? "" : cohort, course, false,
				chosenSpeaker(user, speaker));
		if (form.title().isBlank()) {
			return "redirect:/speaker/sessions/new";
		}
		var created = create(user, form);
		if (created.isEmpty()) {
			redirect.addFlashAttribute("problem", "session.problem.suggestion");
			return "redirect:/speaker/sessions";
		}
		redirect.addFlashAttribute("notice", "session.created");
		return "redirect:/speaker/sessions/" + created.get().id() + "/edit";
	}

	@PostMapping("/speaker/sessions")
	String createSession(@AuthenticationPrincipal EgideUser user, @ModelAttribute SessionForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String problem = problem(user, form, null);
		if (problem != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(user, form, problem, model);
		}
		TrainingSession session = create(user, form).orElseThrow();
		redirect.addFlashAttribute("notice", "session.created");
		return "redirect:/sessions/" + session.id();
	}

	@GetMapping("/speaker/sessions/{id}/edit")
	String edit(@AuthenticationPrincipal EgideUser user, @PathVariable String id, Model model) {
		TrainingSession session = managed(user, id);
		model.addAttribute("trainingSession", session);
		return form(user, SessionForm.of(session), null, model);
	}

	@PostMapping("/speaker/sessions/{id}")
	String update(@AuthenticationPrincipal EgideUser user, @PathVariable String id, @ModelAttribute SessionForm form,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		TrainingSession session = managed(user, id);
		String problem = session.cancelled() ? "session.problem.cancelled" : problem(user, form, session);
		if (problem != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("trainingSession", session);
			return form(user, form, problem, model);
		}
		SessionDetails details = details(user, form, session);
		this.sessions.update(session, details);
		this.audit.record(user, details.poleIds().iterator().next(), "session.update", session.id(), details.title());
		redirect.addFlashAttribute("notice", "session.saved");
		return "redirect:/sessions/" + id;
	}

	@PostMapping("/speaker/sessions/{id}/cancel")
	String cancel(@AuthenticationPrincipal EgideUser user, @PathVariable String id, RedirectAttributes redirect) {
		TrainingSession session = managed(user, id);
		this.sessions.cancel(session);
		this.audit.record(user, session.poleIds().iterator().next(), "session.cancel", session.id(), session.title());
		redirect.addFlashAttribute("notice", "session.cancelled");
		return "redirect:/sessions/" + id;
	}

	/** A seated member on the attendance sheet. */
	record Attendee(String memberId, String name, String organisation, String poleName, boolean present) {
	}

	@GetMapping("/speaker/sessions/{id}/attendance")
	String attendance(@AuthenticationPrincipal EgideUser user, @PathVariable String id, Model model) {
		TrainingSession session = managed(user, id);
		model.addAttribute("trainingSession", session);
		model.addAttribute("attendees", attendees(user, session));
		return "scheduling/attendance";
	}

	@PostMapping("/speaker/sessions/{id}/attendance")
	String takeAttendance(@AuthenticationPrincipal EgideUser user, @PathVariable String id,
			@RequestParam(required = false) List<String> present, RedirectAttributes redirect) {
		TrainingSession session = managed(user, id);
		if (session.cancelled()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "The session was cancelled.");
		}
		if (!this.sessions.attendanceOpen(session)) {
			redirect.addFlashAttribute("problem", "session.problem.too-early");
			return "redirect:/speaker/sessions/" + id + "/attendance";
		}
		// Only the members this user may see can be ticked or unticked; the others keep their state.
		Set<String> visible = new HashSet<>(attendees(user, session).stream().map(Attendee::memberId).toList());
		Set<String> marked = new HashSet<>(this.sessions.roster(session.id()).attended());
		marked.removeAll(visible);
		(present == null ? List.<String>of() : present).stream().filter(visible::contains).forEach(marked::add);
		var newlyPresent = this.sessions.takeAttendance(session, marked);
		this.audit.record(user, session.poleIds().iterator().next(), "session.attendance", session.id(),
				marked.size() + " present");
		redirect.addFlashAttribute("notice", "session.attendance.saved");
		redirect.addFlashAttribute("newlyPresent", newlyPresent.size());
		return "redirect:/speaker/sessions/" + id + "/attendance";
	}

	@GetMapping("/speaker/sessions/{id}/attendance.csv")
	void attendanceCsv(@AuthenticationPrincipal EgideUser user, @PathVariable String id, HttpServletResponse response)
			throws IOException {
		TrainingSession session = managed(user, id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"presence-" + id + ".csv\"");
		var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		try (var csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
			csv.printRecord("session", "date", "membre", "organisation", "pole", "present");
			String when = session.startsAt().atZone(Campaigns.PARIS).toLocalDateTime().toString();
			for (Attendee attendee : attendees(user, session)) {
				csv.printRecord(CellText.safe(session.title()), when, CellText.safe(attendee.name()),
						CellText.safe(attendee.organisation()), CellText.safe(attendee.poleName()),
						attendee.present() ? "oui" : "non");
			}
		}
	}

	@GetMapping("/speaker/sessions/{id}/attendance.pdf")
	void attendancePdf(@AuthenticationPrincipal EgideUser user, @PathVariable String id, HttpServletResponse response)
			throws IOException {
		TrainingSession session = managed(user, id);
		var context = new Context(Locale.FRENCH);
		context.setVariable("trainingSession", session);
		context.setVariable("attendees", attendees(user, session));
		context.setVariable("speaker", this.directory.member(session.speakerId()).map(MemberAccount::displayName).orElse("—"));
		context.setVariable("when", session.startsAt().atZone(Campaigns.PARIS));
		context.setVariable("until", session.endsAt().atZone(Campaigns.PARIS));
		String html = this.templates.process("scheduling/attendance-pdf", context);
		response.setContentType("application/pdf");
		response.setHeader("Content-Disposition", "attachment; filename=\"presence-" + id + ".pdf\"");
		PdfDocuments.write(html, response.getOutputStream());
	}

	/**
	 * Seated members this user may see: all of them for the speaker and a platform admin, only
	 * the pole's own for a pole admin.
	 */
	private List<Attendee> attendees(EgideUser user, TrainingSession session) {
		SessionRoster roster = this.sessions.roster(session.id());
		boolean all = session.speakerId().equals(user.memberId()) || user.has(Role.PLATFORM_ADMIN);
		Map<String, String> poleNames = new java.util.HashMap<>();
		List<Attendee> list = new ArrayList<>();
		for (SessionRoster.Place place : roster.seated()) {
			if (!all && !place.poleId().equals(user.poleId())) {
				continue;
			}
			this.directory.member(place.memberId()).ifPresent(member -> list.add(new Attendee(member.id(),
					member.displayName(),
					member.organisationId() == null ? "—" : this.directory.organisation(member.poleId(), member.organisationId())
						.map(org -> org.name())
						.orElse("—"),
					poleNames.computeIfAbsent(member.poleId(),
							poleId -> this.directory.pole(poleId).map(Pole::name).orElse("—")),
					roster.attended().contains(member.id()))));
		}
		list.sort(Comparator.comparing(Attendee::name, java.text.Collator.getInstance(Locale.FRENCH)));
		return list;
	}

	private Optional<TrainingSession> create(EgideUser user, SessionForm form) {
		if (problem(user, form, null) != null) {
			return Optional.empty();
		}
		SessionDetails details = details(user, form, null);
		TrainingSession session = this.sessions.create(chosenSpeaker(user, form.speaker()), details);
		this.audit.record(user, details.poleIds().iterator().next(), "session.create", session.id(), details.title());
		return Optional.of(session);
	}

	private String problem(EgideUser user, SessionForm form, TrainingSession existing) {
		SessionDetails details = details(user, form, existing);
		var problem = details.problem();
		if (problem.isPresent()) {
			return problem.get();
		}
		if (form.event() != null && !form.event().isBlank() && adminEvent(user, form.event()).isEmpty()
				&& (existing == null || !form.event().equals(existing.eventId()))) {
			return "session.problem.event";
		}
		if (form.cohort() != null && !form.cohort().isBlank() && (user.poleId() == null
				|| this.directory.organisation(user.poleId(), form.cohort()).isEmpty())
				&& (existing == null || !form.cohort().equals(existing.cohortOrganisationId()))) {
			return "session.problem.cohort";
		}
		if (form.course() != null && !form.course().isBlank() && this.catalog.course(form.course()).isEmpty()) {
			return "session.problem.course";
		}
		String speakerId = existing == null ? chosenSpeaker(user, form.speaker()) : existing.speakerId();
		boolean clash = this.sessions.othersOf(speakerId, existing == null ? null : existing.id())
			.stream()
			.anyMatch(other -> other.overlaps(details.startsAt(), details.endsAt()));
		return clash ? "session.problem.clash" : null;
	}

	private SessionDetails details(EgideUser user, SessionForm form, TrainingSession existing) {
		Set<String> allowed = new HashSet<>(this.speakers.polesFor(user).stream().map(Pole::id).toList());
		if (existing != null) {
			allowed.addAll(existing.poleIds());
		}
		List<String> moduleIds = form.course() == null || form.course().isBlank() ? List.of()
				: this.catalog.course(form.course()).map(Course::moduleIds).orElse(List.of());
		return form.details(moduleIds, allowed);
	}

	/** The speaker of a new session: an admin may name a speaker their pole invited, everyone else is the speaker. */
	private String chosenSpeaker(EgideUser user, String requested) {
		if (requested != null && !requested.equals(user.memberId()) && user.has(Role.POLE_ADMIN)
				&& this.speakers.invitedBy(user.poleId()).stream().anyMatch(speaker -> speaker.id().equals(requested))) {
			return requested;
		}
		return user.memberId();
	}

	private Optional<PoleEvent> adminEvent(EgideUser user, String eventId) {
		if (!user.isAdmin() || user.poleId() == null) {
			return Optional.empty();
		}
		return this.events.find(user.poleId(), eventId);
	}

	private String briefingTitle(PoleEvent event) {
		return "Sensibilisation avant " + event.name();
	}

	private String form(EgideUser user, SessionForm form, String problem, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		model.addAttribute("poles", this.speakers.polesFor(user));
		model.addAttribute("courses", this.catalog.coursesFor(user.poleId()));
		boolean admin = user.has(Role.POLE_ADMIN) && user.poleId() != null;
		model.addAttribute("events", admin ? this.events.ofPole(user.poleId()) : List.of());
		model.addAttribute("organisations", admin ? this.directory.organisations(user.poleId()) : List.of());
		List<MemberAccount> speakerChoices = new ArrayList<>();
		if (admin) {
			this.directory.member(user.memberId()).ifPresent(speakerChoices::add);
			speakerChoices.addAll(this.speakers.invitedBy(user.poleId()));
		}
		model.addAttribute("speakerChoices", speakerChoices);
		return "scheduling/session-form";
	}

	private TrainingSession managed(EgideUser user, String id) {
		return this.sessions.find(id)
			.filter(session -> this.speakers.mayManage(user, session))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * Newcomers of the pole's onboarding campaigns who still have onboarding courses to finish
	 * and no seat or place in line in a session to come.
	 */
	private int newcomersWaiting(String poleId) {
		Set<String> newcomers = new HashSet<>();
		this.campaigns.ofPole(poleId)
			.stream()
			.filter(campaign -> campaign.kind() == CampaignKind.ONBOARDING && campaign.memberIds() != null)
			.forEach(campaign -> newcomers.addAll(campaign.memberIds()));
		if (newcomers.isEmpty()) {
			return 0;
		}
		Set<String> pending = new HashSet<>();
		this.assignments.unfinishedOf(newcomers).forEach(assignment -> pending.add(assignment.memberId()));
		this.sessions.forPole(poleId).stream().filter(this.sessions::open).forEach(session -> {
			SessionRoster roster = this.sessions.roster(session.id());
			roster.seated().forEach(place -> pending.remove(place.memberId()));
			roster.waiting().forEach(place -> pending.remove(place.memberId()));
		});
		return pending.size();
	}

}
