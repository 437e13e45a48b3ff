package fr.egide.scorm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import fr.egide.catalog.CourseCatalog;
import fr.egide.directory.Role;
import fr.egide.security.EgideUser;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays an imported package: the player page holding the run-time and the package's frame,
 * the commits, and the package's files, served from their own path with the headers the
 * security configuration gives {@code /scorm-content/}.
 */
@Controller
class ScormPlayerController {

	private static final int MAX_COMMIT_CHARS = 4_000_000;

	private final ScormLibrary library;

	private final ScormRuntime runtime;

	private final ScormImports imports;

	private final CourseCatalog catalog;

	private final JsonMapper json;

	ScormPlayerController(ScormLibrary library, ScormRuntime runtime, ScormImports imports, CourseCatalog catalog,
			JsonMapper json) {
		this.library = library;
		this.runtime = runtime;
		this.imports = imports;
		this.catalog = catalog;
		this.json = json;
	}

	@GetMapping("/scorm/play/{moduleId}")
	String player(@AuthenticationPrincipal EgideUser user, @PathVariable String moduleId, CsrfToken csrf,
			Model model) {
		var played = played(user, moduleId);
		var config = Map.of("version", played.pack().is2004() ? "2004" : "1.2", "state",
				this.runtime.launchState(user, played), "commitUrl", "/scorm/play/" + moduleId + "/commit",
				"csrfHeader", csrf.getHeaderName(), "csrfToken", csrf.getToken(), "launch",
				"/scorm-content/" + played.pack().id() + "/" + played.sco().href());
		model.addAttribute("title", played.sco().title());
		model.addAttribute("config", this.json.writeValueAsString(config));
		return "scorm/player";
	}

	/** Answers {@code stored: true} only once the commit is in the store; a body that is not a commit gets 400. */
	@PostMapping("/scorm/play/{moduleId}/commit")
	@ResponseBody
	Map<String, Object> commit(@AuthenticationPrincipal EgideUser user, @PathVariable String moduleId,
			@RequestBody(required = false) String body) {
		var played = played(user, moduleId);
		if (body != null && body.length() > MAX_COMMIT_CHARS) {
			throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "A commit holds at most 4 MB.");
		}
		ScormRuntime.Commit commit;
		try {
			commit = this.json.readValue(body == null ? "" : body, ScormRuntime.Commit.class);
		}
		catch (RuntimeException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a SCORM commit: " + ex.getMessage());
		}
		if (commit == null || commit.values() == null || commit.values().size() > 10_000) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a SCORM commit: 'values' is missing.");
		}
		this.runtime.commit(user, played, commit);
		return Map.of("stored", true);
	}

	@GetMapping("/scorm-content/{packageId}/**")
	ResponseEntity<FileSystemResource> content(@AuthenticationPrincipal EgideUser user, @PathVariable String packageId,
			HttpServletRequest request) throws IOException {
		String prefix = request.getContextPath() + "/scorm-content/" + packageId + "/";
		String path = java.net.URLDecoder.decode(request.getRequestURI().substring(prefix.length()),
				java.nio.charset.StandardCharsets.UTF_8);
		var played = this.library.packageOf(packageId)
			.filter(pack -> pack.scos().stream().anyMatch(sco -> mayPlay(user, pack, sco.moduleId())))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Path folder = this.imports.folder(played);
		Path file = folder.resolve(path).normalize();
		if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		MediaType type = MediaTypeFactory.getMediaType(file.getFileName().toString())
			.orElse(MediaType.APPLICATION_OCTET_STREAM);
		return ResponseEntity.ok()
			.contentType(type)
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(file));
	}

	private ScormLibrary.Played played(EgideUser user, String moduleId) {
		return this.library.played(moduleId)
			.filter(played -> mayPlay(user, played.pack(), moduleId))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private boolean mayPlay(EgideUser user, ImportedPackage pack, String moduleId) {
		return user.has(Role.PLATFORM_ADMIN) || pack.ownerId().equals(user.memberId())
				|| this.catalog.readableBy(moduleId, user.poleId());
	}

}
