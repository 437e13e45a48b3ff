package fr.egide.reporting;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import fr.egide.catalog.CourseCatalog;
import fr.egide.directory.Directory;
import fr.egide.directory.Pole;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads the dashboard's filters from a request: an organisation of the admin's pole (404
 * otherwise), a course of the catalogue, months as {@code 2026-03}; bad values are a 400
 * that names the parameter.
 */
@Component
class DashboardScopes {

	private final Directory directory;

	private final CourseCatalog catalog;

	DashboardScopes(Directory directory, CourseCatalog catalog) {
		this.directory = directory;
		this.catalog = catalog;
	}

	Dashboard.Scope parse(Pole pole, String organisation, String course, String from, String to) {
		String organisationId = blankToNull(organisation);
		if (organisationId != null && this.directory.organisation(pole.id(), organisationId).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such organisation in this pole.");
		}
		String courseId = blankToNull(course);
		if (courseId != null
				&& this.catalog.coursesFollowedBy(pole.id()).stream().noneMatch(c -> c.id().equals(courseId))) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown course '" + courseId + "'.");
		}
		YearMonth fromMonth = month("from", from);
		YearMonth toMonth = month("to", to);
		if (fromMonth != null && toMonth != null && fromMonth.isAfter(toMonth)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'from' is after 'to'.");
		}
		return new Dashboard.Scope(organisationId, courseId, fromMonth, toMonth);
	}

	private static YearMonth month(String name, String value) {
		if (blankToNull(value) == null) {
			return null;
		}
		try {
			return YearMonth.parse(value.strip().length() > 7 ? value.strip().substring(0, 7) : value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"'" + name + "' must be a month like 2026-03 (or a date like 2026-03-15).");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
