package fr.egide.scheduling;

import java.util.List;

import fr.egide.catalog.CourseCatalog;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.security.EgideUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sessions as members see them: those open to their pole, with registration and the waiting list. */
@Controller
class SessionController {

	private final Sessions sessions;

	private final Speakers speakers;

	private final CourseCatalog catalog;

	private final Directory directory;

	SessionController(Sessions sessions, Speakers speakers, CourseCatalog catalog, Directory directory) {
		this.sessions = sessions;
		this.speakers = speakers;
		this.catalog = catalog;
		this.directory = directory;
	}

	/** A session and where the member stands in it. */
	record SessionCard(TrainingSession session, SessionRoster.Standing standing, int freeSeats, boolean open) {
	}

	@GetMapping("/sessions")
	String list(@AuthenticationPrincipal EgideUser user, Model model) {
		List<SessionCard> cards = user.poleId() == null ? List.of()
				: this.sessions.forPole(user.poleId())
					.stream()
					.filter(session -> !session.cancelled() && session.endsAt().isAfter(this.sessions.now()))
					.map(session -> card(session, user))
					.toList();
		model.addAttribute("cards", cards);
		return "scheduling/sessions";
	}

	@GetMapping("/sessions/{id}")
	String show(@AuthenticationPrincipal EgideUser user, @PathVariable String id, Model model) {
		TrainingSession session = visible(user, id);
		model.addAttribute("card", card(session, user));
		model.addAttribute("speaker", this.directory.member(session.speakerId()).map(MemberAccount::displayName).orElse("—"));
		model.addAttribute("course", session.courseId() == null ? null : this.catalog.course(session.courseId()).orElse(null));
		model.addAttribute("modules", session.moduleIds() == null ? List.of()
				: session.moduleIds().stream().flatMap(moduleId -> this.catalog.module(moduleId).stream()).toList());
		model.addAttribute("manage", this.speakers.mayManage(user, session));
		model.addAttribute("mayRegister", user.poleId() != null && session.poleIds().contains(user.poleId()));
		return "scheduling/session";
	}

	@PostMapping("/sessions/{id}/register")
	String register(@AuthenticationPrincipal EgideUser user, @PathVariable String id, RedirectAttributes redirect) {
		TrainingSession session = visible(user, id);
		MemberAccount member = this.directory.member(user.memberId()).orElseThrow();
		var outcome = this.sessions.register(session, member);
		if (outcome == Sessions.Registration.CLOSED) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "Registration is closed for this session.");
		}
		redirect.addFlashAttribute("notice", outcome == Sessions.Registration.SEATED ? "session.registered"
				: "session.waiting");
		return "redirect:/sessions/" + id;
	}

	@PostMapping("/sessions/{id}/unregister")
	String unregister(@AuthenticationPrincipal EgideUser user, @PathVariable String id, RedirectAttributes redirect) {
		TrainingSession session = visible(user, id);
		this.sessions.unregister(session, user.memberId());
		redirect.addFlashAttribute("notice", "session.unregistered");
		return "redirect:/sessions/" + id;
	}

	private SessionCard card(TrainingSession session, EgideUser user) {
		SessionRoster roster = this.sessions.roster(session.id());
		return new SessionCard(session, roster.standingOf(user.memberId()), roster.freeSeats(), this.sessions.open(session));
	}

	/** A session open to the member's pole or one they manage; 404 for any other. */
	private TrainingSession visible(EgideUser user, String id) {
		return this.sessions.find(id)
			.filter(session -> (user.poleId() != null && session.poleIds().contains(user.poleId()))
					|| this.speakers.mayManage(user, session))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
