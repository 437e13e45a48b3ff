package fr.egide.scheduling;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.egide.audit.AuditLog;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Pole;
import fr.egide.security.AdminScope;
import fr.egide.security.EgideUser;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pole admin's events: trade fairs and others, their participants, campaign and suggested sessions. */
@Controller
class EventController {

	private final Events events;

	private final Campaigns campaigns;

	private final Sessions sessions;

	private final Speakers speakers;

	private final SlotSuggestions slots;

	private final AdminScope scope;

	private final Directory directory;

	private final AuditLog audit;

	EventController(Events events, Campaigns campaigns, Sessions sessions, Speakers speakers, SlotSuggestions slots,
			AdminScope scope, Directory directory, AuditLog audit) {
		this.events = events;
		this.campaigns = campaigns;
		this.sessions = sessions;
		this.speakers = speakers;
		this.slots = slots;
		this.scope = scope;
		this.directory = directory;
		this.audit = audit;
	}

	@GetMapping("/admin/events")
	String list(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String pole, Model model) {
		Pole scoped = this.scope.pole(user, pole);
		model.addAttribute("pole", scoped);
		model.addAttribute("events", this.events.ofPole(scoped.id()));
		model.addAttribute("countries", countries());
		if (!model.containsAttribute("details")) {
			model.addAttribute("details", new EventDetails("", "", PoleEvent.HOME_COUNTRY, null, null, ""));
		}
		return "scheduling/events";
	}

	@PostMapping("/admin/events")
	String create(@AuthenticationPrincipal EgideUser user, @RequestParam(required = false) String pole,
			@RequestParam String name, @RequestParam(defaultValue = "") String place,
			@RequestParam(defaultValue = "") String country, @RequestParam(defaultValue = "") String startsOn,
			@RequestParam(defaultValue = "") String endsOn, @RequestParam(defaultValue = "") String website,
			Model model, HttpServletResponse response) {
		Pole scoped = this.scope.pole(user, pole);
		EventDetails details = EventDetails.of(name, place, country, startsOn, endsOn, website);
		var problem = details.problem();
		if (problem.isPresent()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", problem.get());
			model.addAttribute("details", details);
			return list(user, scoped.id(), model);
		}
		PoleEvent event = this.events.create(scoped.id(), details);
		this.audit.record(user, scoped.id(), "event.create", event.id(), event.name());
		return "redirect:/admin/events/" + event.id();
	}

	@GetMapping("/admin/events/{id}")
	String show(@AuthenticationPrincipal EgideUser user, @PathVariable String id,
			@RequestParam(required = false) String speaker, Model model) {
		PoleEvent event = event(user, id);
		model.addAttribute("event", event);
		model.addAttribute("pole", this.directory.pole(event.poleId()).orElseThrow());
		model.addAttribute("countries", countries());
		if (!model.containsAttribute("details")) {
			model.addAttribute("details", new EventDetails(event.name(), event.place(), event.country(),
					event.startsOn(), event.endsOn(), event.website()));
		}
		model.addAttribute("organisations", this.events.organisations(event.poleId()));
		model.addAttribute("pickedMembers", this.events.members(event));
		model.addAttribute("participantCount", this.campaigns.participants(event).size());
		model.addAttribute("campaign", this.campaigns.ofEvent(event).orElse(null));
		List<MemberAccount> candidates = speakerChoices(user, event.poleId());
		String speakerId = candidates.stream()
			.map(MemberAccount::id)
			.filter(candidate -> candidate.equals(speaker))
			.findFirst()
			.orElse(user.memberId());
		model.addAttribute("speakers", candidates);
		model.addAttribute("speakerId", speakerId);
		model.addAttribute("slots", event.cancelled() ? List.of()
				: this.slots.beforeEvent(event, this.sessions.othersOf(speakerId, null), 3));
		model.addAttribute("sessions", this.sessions.forPole(event.poleId())
			.stream()
			.filter(session -> event.id().equals(session.eventId()))
			.toList());
		return "scheduling/event";
	}

	@PostMapping("/admin/events/{id}")
	String update(@AuthenticationPrincipal EgideUser user, @PathVariable String id, @RequestParam String name,
			@RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String country,
			@RequestParam(defaultValue = "") String startsOn, @RequestParam(defaultValue = "") String endsOn,
			@RequestParam(defaultValue = "") String website, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PoleEvent event = event(user, id);
		EventDetails details = EventDetails.of(name, place, country, startsOn, endsOn, website);
		var problem = details.problem();
		if (problem.isPresent()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", problem.get());
			model.addAttribute("details", details);
			return show(user, id, null, model);
		}
		this.events.update(event, details);
		this.audit.record(user, event.poleId(), "event.update", event.id(), details.name() + " " + details.startsOn());
		redirect.addFlashAttribute("notice", "event.saved");
		return "redirect:/admin/events/" + id;
	}

	@PostMapping("/admin/events/{id}/cancel")
	String cancel(@AuthenticationPrincipal EgideUser user, @PathVariable String id, RedirectAttributes redirect) {
		PoleEvent event = event(user, id);
		this.events.cancel(event);
		this.audit.record(user, event.poleId(), "event.cancel", event.id(), event.name());
		redirect.addFlashAttribute("notice", "event.cancelled");
		return "redirect:/admin/events/" + id;
	}

	@PostMapping("/admin/events/{id}/participants")
	String participants(@AuthenticationPrincipal EgideUser user, @PathVariable String id,
			@RequestParam(required = false) List<String> organisations,
			@RequestParam(defaultValue = "") String emails, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PoleEvent event = event(user, id);
		Set<String> memberIds = new LinkedHashSet<>();
		List<String> unknown = new java.util.ArrayList<>();
		emails.lines().map(String::strip).filter(line -> !line.isEmpty()).limit(2000).forEach(email -> this.directory
			.findByEmail(email)
			.filter(member -> member.poleId().equals(event.poleId()))
			.ifPresentOrElse(member -> memberIds.add(member.id()), () -> unknown.add(email)));
		if (!unknown.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("unknownEmails", unknown);
			model.addAttribute("emails", emails);
			return show(user, id, null, model);
		}
		Set<String> organisationIds = new LinkedHashSet<>(organisations == null ? List.of() : organisations);
		PoleEvent saved = this.events.setParticipants(event, organisationIds, memberIds);
		this.audit.record(user, event.poleId(), "event.participants", event.id(),
				saved.organisationIds().size() + " / " + saved.memberIds().size());
		redirect.addFlashAttribute("notice", "event.participants.saved");
		return "redirect:/admin/events/" + id;
	}

	@PostMapping("/admin/events/{id}/participants/import")
	String importParticipants(@AuthenticationPrincipal EgideUser user, @PathVariable String id,
			@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response,
			RedirectAttributes redirect) throws IOException {
		PoleEvent event = event(user, id);
		if (file.getSize() > ParticipantsCsv.MAX_BYTES) {
			response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			model.addAttribute("csvProblems", List.of(new ParticipantsCsv.Problem(0, "participants.csv.too-large", "")));
			return show(user, id, null, model);
		}
		var result = this.events.importParticipants(event, file.getBytes());
		if (!result.valid()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("csvProblems", result.problems());
			model.addAttribute("csvName", file.getOriginalFilename());
			return show(user, id, null, model);
		}
		this.audit.record(user, event.poleId(), "event.participants.import", event.id(),
				result.organisationIds().size() + " / " + result.memberIds().size());
		redirect.addFlashAttribute("notice", "event.participants.saved");
		return "redirect:/admin/events/" + id;
	}

	/** The event if it belongs to a pole the user administers; 404 otherwise. */
	private PoleEvent event(EgideUser user, String id) {
		var event = this.events.find(user.poleId() == null ? "" : user.poleId(), id);
		if (event.isEmpty() && user.has(fr.egide.directory.Role.PLATFORM_ADMIN)) {
			event = this.directory.poles().stream().flatMap(pole -> this.events.find(pole.id(), id).stream()).findFirst();
		}
		return event.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private List<MemberAccount> speakerChoices(EgideUser user, String poleId) {
		List<MemberAccount> choices = new java.util.ArrayList<>();
		this.directory.member(user.memberId()).ifPresent(choices::add);
		this.speakers.invitedBy(poleId)
			.stream()
			.filter(speaker -> !speaker.id().equals(user.memberId()))
			.forEach(choices::add);
		return choices;
	}

	/** ISO codes with their French names, France first. */
	static List<String[]> countries() {
		List<String[]> list = new java.util.ArrayList<>();
		list.add(new String[] { "FR", new Locale("", "FR").getDisplayCountry(Locale.FRENCH) });
		java.util.Arrays.stream(Locale.getISOCountries())
			.filter(code -> !code.equals("FR"))
			.map(code -> new String[] { code, new Locale("", code).getDisplayCountry(Locale.FRENCH) })
			.sorted(java.util.Comparator.comparing((String[] entry) -> entry[1], java.text.Collator.getInstance(Locale.FRENCH)))
			.forEach(list::add);
		return list;
	}

}
