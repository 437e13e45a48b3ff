package fr.egide.reporting;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import fr.egide.catalog.CourseCatalog;
import fr.egide.catalog.CourseModule;
import fr.egide.directory.Directory;
import fr.egide.directory.Organisation;
import fr.egide.security.AdminScope;
import fr.egide.system.StoreRetention;
import fr.egide.security.EgideUser;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Sends an export as a download: checks the admin's pole and the filter first (so a mistake is a
 * clean 400 or 404), then streams rows straight into the response.
 */
@Component
class ExportDownload {

	/** Writes the rows of one kind of export. */
	interface Rows {

		void write(ExportRequest request, Sheet sheet) throws IOException;

	}

	private final AdminScope scope;

	private final CourseCatalog catalog;

	private final Directory directory;

	private final MessageSource messages;

	private final Clock clock;

	private final StoreRetention retention;

	ExportDownload(AdminScope scope, CourseCatalog catalog, Directory directory, MessageSource messages,
			Clock clock, StoreRetention retention) {
		this.retention = retention;
		this.scope = scope;
		this.catalog = catalog;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	void send(String report, EgideUser user, Map<String, String> params, String extension, Locale locale,
			HttpServletResponse response, Rows rows) throws IOException {
		ExportFormat format = ExportFormat.of(extension);
		ExportRequest request = request(user, params, locale);
		String filename = "egide-" + report + "-" + slug(request.pole().name()) + "-"
				+ LocalDate.now(this.clock.withZone(ReportFilter.PARIS)) + "." + format.extension();
		response.setContentType(format.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		var out = new BufferedOutputStream(response.getOutputStream(), 64 * 1024);
		try (Sheet sheet = format.open(out, this.messages.getMessage("export.sheet." + report, null, locale))) {
			this.retention.longRead(() -> {
				try {
					rows.write(request, sheet);
					return null;
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
		}
		catch (java.io.UncheckedIOException ex) {
			throw ex.getCause();
		}
		out.flush();
	}

	private ExportRequest request(EgideUser user, Map<String, String> params, Locale locale) {
		var pole = this.scope.pole(user, params.get("pole"));
		var filter = ReportFilter.parse(params);
		if (filter.organisationId() != null
				&& this.directory.organisation(pole.id(), filter.organisationId()).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such organisation in this pole.");
		}
		var followed = this.catalog.coursesFollowedBy(pole.id());
		List<String> moduleIds = filter.courseId() == null
				? followed.stream().flatMap(course -> course.moduleIds().stream()).distinct().toList()
				: followed.stream()
					.filter(course -> course.id().equals(filter.courseId()))
					.findFirst()
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
							"Invalid 'course': no course '" + filter.courseId() + "'."))
					.moduleIds();
		List<CourseModule> modules = moduleIds.stream().flatMap(id -> this.catalog.module(id).stream()).toList();
		Map<String, String> names = this.directory.organisations(pole.id())
			.stream()
			.collect(Collectors.toMap(Organisation::id, Organisation::name));
		return new ExportRequest(pole, filter, modules, names, locale);
	}

	static String slug(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return slug.isEmpty() ? "pole" : slug;
	}

}
