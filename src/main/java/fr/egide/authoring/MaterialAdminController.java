package fr.egide.authoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.egide.security.EgideUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A pole admin's view of the material speakers offered: preview, accept, decline, withdraw. */
@Controller
@RequestMapping("/admin/material")
class MaterialAdminController {

	private final MaterialOffers offers;

	private final MaterialStore store;

	MaterialAdminController(MaterialOffers offers, MaterialStore store) {
		this.offers = offers;
		this.store = store;
	}

	/** An offer with the course's latest published version, for the list. */
	record OfferRow(MaterialOffer offer, MaterialVersion latest) {
	}

	@GetMapping
	String offers(@AuthenticationPrincipal EgideUser user, Model model) {
		List<OfferRow> rows = user.poleId() == null ? List.of()
				: this.offers.forPole(user.poleId())
					.stream()
					.flatMap(offer -> latestPublished(offer.courseId()).map(latest -> new OfferRow(offer, latest))
						.stream())
					.toList();
		Map<MaterialOffer.State, List<OfferRow>> byState = rows.stream()
			.collect(Collectors.groupingBy(row -> row.offer().state()));
		model.addAttribute("pending", byState.getOrDefault(MaterialOffer.State.OFFERED, List.of()));
		model.addAttribute("accepted", byState.getOrDefault(MaterialOffer.State.ACCEPTED, List.of()));
		model.addAttribute("closed", rows.stream()
			.filter(row -> row.offer().state() == MaterialOffer.State.DECLINED
					|| row.offer().state() == MaterialOffer.State.WITHDRAWN)
			.toList());
		model.addAttribute("noPole", user.poleId() == null);
		return "authoring/offers";
	}

	@PostMapping("/{courseId}/accept")
	String accept(@AuthenticationPrincipal EgideUser user, @PathVariable String courseId, RedirectAttributes redirect) {
		return decide(user, courseId, MaterialOffer.State.ACCEPTED, "material.accepted", redirect);
	}

	@PostMapping("/{courseId}/decline")
	String decline(@AuthenticationPrincipal EgideUser user, @PathVariable String courseId,
			RedirectAttributes redirect) {
		return decide(user, courseId, MaterialOffer.State.DECLINED, "material.declined", redirect);
	}

	@PostMapping("/{courseId}/withdraw")
	String withdraw(@AuthenticationPrincipal EgideUser user, @PathVariable String courseId,
			RedirectAttributes redirect) {
		return decide(user, courseId, MaterialOffer.State.WITHDRAWN, "material.withdrawn", redirect);
	}

	private String decide(EgideUser user, String courseId, MaterialOffer.State next, String notice,
			RedirectAttributes redirect) {
		this.offers.decide(user, courseId, next).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/admin/material";
	}

	private Optional<MaterialVersion> latestPublished(String courseId) {
		return this.store.versionsOf(courseId)
			.stream()
			.filter(MaterialVersion::published)
			.reduce((first, second) -> second)
			.map(Function.identity());
	}

}
