package fr.egide.mail;

import fr.egide.security.AdminScope;
import fr.egide.security.EgideUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The outbox pages: what the platform sent or kept, for platform admins only. */
@Controller
class OutboxPageController {

	static final int PAGE_SIZE = 50;

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private final OutboxRepository outbox;

	OutboxPageController(OutboxRepository outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/admin/outbox")
	String list(@AuthenticationPrincipal EgideUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		AdminScope.requirePlatformAdmin(user);
		int current = Math.max(0, page);
		var mails = this.outbox.findBy(PageRequest.of(current, PAGE_SIZE, NEWEST_FIRST));
		model.addAttribute("mails", mails);
		model.addAttribute("page", current);
		model.addAttribute("hasNext", mails.size() == PAGE_SIZE);
		return "mail/outbox";
	}

	@GetMapping("/admin/outbox/{id}")
	String mail(@AuthenticationPrincipal EgideUser user, @PathVariable String id, Model model) {
		AdminScope.requirePlatformAdmin(user);
		var mail = this.outbox.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("mail", mail);
		model.addAttribute("segments", MailText.segments(mail.text()));
		return "mail/mail";
	}


}
