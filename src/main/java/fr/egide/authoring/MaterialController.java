package fr.egide.authoring;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.egide.directory.Directory;
import fr.egide.directory.Pole;
import fr.egide.security.EgideUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** A speaker's material: upload with every problem named, versions, publication, offers to poles. */
@Controller
@RequestMapping("/speaker/material")
class MaterialController {

	private static final String LIST = "authoring/material";

	private static final String VERSION = "authoring/version";

	private final MaterialStore store;

	private final MaterialOffers offers;

	private final MaterialLibrary library;

	private final Directory directory;

	MaterialController(MaterialStore store, MaterialOffers offers, MaterialLibrary library, Directory directory) {
		this.directory = directory;
		this.store = store;
		this.offers = offers;
		this.library = library;
	}

	@GetMapping
	String list(@AuthenticationPrincipal EgideUser user, Model model) {
		Map<String, List<MaterialVersion>> byCourse = new LinkedHashMap<>();
		this.store.uploadsBy(user.memberId())
			.stream()
			.filter(version -> version.state() != MaterialVersion.State.DISCARDED)
			.forEach(version -> byCourse.computeIfAbsent(version.courseId(), id -> new java.util.ArrayList<>())
				.add(version));
		model.addAttribute("uploads", byCourse);
		return LIST;
	}

	@PostMapping
	String upload(@AuthenticationPrincipal EgideUser user, @RequestParam(name = "files", required = false)
			List<MultipartFile> files, Model model, HttpServletResponse response) throws IOException {
		var upload = new UploadedFiles();
		long size = files == null ? 0 : files.stream().mapToLong(MultipartFile::getSize).sum();
		if (size > UploadLimits.MAX_UPLOAD_BYTES) {
			upload.problems().add(new fr.egide.catalog.ContentProblem("(upload)", 0, "the upload is larger than "
					+ UploadLimits.MAX_UPLOAD_BYTES / 1_000_000 + " MB: split the course or make its images smaller"));
			files = List.of();
		}
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (!file.isEmpty()) {
				upload.add(file.getOriginalFilename(), file.getBytes());
			}
		}
		if (upload.files().isEmpty() && upload.problems().isEmpty()) {
			upload.problems().add(new fr.egide.catalog.ContentProblem("(upload)", 0, "choose at least one file"));
		}
		var outcome = this.store.upload(user, upload);
		if (outcome.stored() == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("problems", outcome.problems());
			return list(user, model);
		}
		return "redirect:/speaker/material/" + outcome.stored().courseId() + "/versions/"
				+ outcome.stored().number();
	}

	@GetMapping("/{courseId}/versions/{number}")
	String version(@AuthenticationPrincipal EgideUser user, @PathVariable String courseId, @PathVariable int number,
			Model model) {
		MaterialVersion version = reviewable(user, courseId, number);
		var rendered = this.library.rendered(version);
		model.addAttribute("version", version);
		model.addAttribute("modules", rendered.modules());
		model.addAttribute("quizzes", rendered.quizzes());
		model.addAttribute("author", this.offers.isAuthor(user, version));
		var history = this.store.versionsOf(courseId)
			.stream()
			.filter(other -> other.state() != MaterialVersion.State.DISCARDED)
			.toList();
		model.addAttribute("history", history);
		model.addAttribute("hasPublished", history.stream().anyMatch(MaterialVersion::published));
		model.addAttribute("offers", this.offers.ofCourse(courseId));
		model.addAttribute("targets", this.offers.targets(user));
		model.addAttribute("poleNames", this.directory.poles()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Pole::id, Pole::name)));
		return VERSION;
	}

	@PostMapping("/{courseId}/versions/{number}/publish")
	String publish(@AuthenticationPrincipal EgideUser user, @PathVariable String courseId, @PathVariable int number,
			@RequestParam(defaultValue = "false") boolean minor, RedirectAttributes redirect) {
		MaterialVersion draft = authored(user, courseId, number);
		if (draft.state() != MaterialVersion.State.DRAFT) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "This version is not a draft.");
		}
		this.store.publish(draft, minor);
		redirect.addFlashAttribute("notice", "material.published");
		return "redirect:/speaker/material/" + courseId + "/versions/" + number;
	}

	@PostMapping("/{courseId}/versions/{number}/discard")
	String discard(@AuthenticationPrincipal EgideUser user, @PathVariable String courseId, @PathVariable int number,
			RedirectAttributes redirect) {
		MaterialVersion draft = authored(user, courseId, number);
		if (draft.state() != MaterialVersion.State.DRAFT) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "Only a draft can be discarded.");
		}
		this.store.discard(draft);
		redirect.addFlashAttribute("notice", "material.discarded");
		return "redirect:/speaker/material";
	}

	@PostMapping("/{courseId}/offers")
	String offer(@AuthenticationPrincipal EgideUser user, @PathVariable String courseId,
			@RequestParam(name = "pole", required = false) List<String> poleIds, RedirectAttributes redirect) {
		MaterialVersion latest = latestPublished(user, courseId);
		this.offers.offer(user, courseId, latest.title(), poleIds == null ? List.of() : poleIds);
		redirect.addFlashAttribute("notice", "material.offered");
		return "redirect:/speaker/material/" + courseId + "/versions/" + latest.number();
	}

	@PostMapping("/{courseId}/withdraw")
	String withdraw(@AuthenticationPrincipal EgideUser user, @PathVariable String courseId,
			RedirectAttributes redirect) {
		MaterialVersion latest = latestPublished(user, courseId);
		this.offers.withdrawEverywhere(user, courseId);
		redirect.addFlashAttribute("notice", "material.withdrawn");
		return "redirect:/speaker/material/" + courseId + "/versions/" + latest.number();
	}

	private MaterialVersion latestPublished(EgideUser user, String courseId) {
		var published = this.store.versionsOf(courseId).stream().filter(MaterialVersion::published).toList();
		if (published.isEmpty() || !this.offers.isAuthor(user, published.get(0))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return published.get(published.size() - 1);
	}

	private MaterialVersion reviewable(EgideUser user, String courseId, int number) {
		return this.store.version(courseId, number)
			.filter(version -> version.state() != MaterialVersion.State.DISCARDED)
			.filter(version -> this.offers.mayReview(user, version))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private MaterialVersion authored(EgideUser user, String courseId, int number) {
		return this.store.version(courseId, number)
			.filter(version -> this.offers.isAuthor(user, version))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
