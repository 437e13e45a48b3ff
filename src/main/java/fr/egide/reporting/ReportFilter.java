package fr.egide.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import fr.egide.learning.ProgressStatus;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a pole admin narrows a report or an export to: one organisation, one course's modules,
 * members with a status on at least one of those modules, and a period ({@code from} and
 * {@code to} are days in Paris time, both included).
 */
public record ReportFilter(String organisationId, String courseId, ProgressStatus status, LocalDate from,
		LocalDate to) {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** Reads {@code organisation}, {@code course}, {@code status}, {@code from} and {@code to}; 400 on a bad value. */
	public static ReportFilter parse(Map<String, String> params) {
		LocalDate from = date(params, "from");
		LocalDate to = date(params, "to");
		if (from != null && to != null && from.isAfter(to)) {
			throw bad("'from' (" + from + ") is after 'to' (" + to + ").");
		}
		return new ReportFilter(text(params, "organisation"), text(params, "course"), status(params), from, to);
	}

	/** The first instant of the period, or null. */
	public Instant fromInstant() {
		return this.from == null ? null : this.from.atStartOfDay(PARIS).toInstant();
	}

	/** The first instant after the period, or null. */
	public Instant untilInstant() {
		return this.to == null ? null : this.to.plusDays(1).atStartOfDay(PARIS).toInstant();
	}

	/** Whether an instant falls in the period (always, when no period is set). */
	public boolean within(Instant instant) {
		if (instant == null) {
			return this.from == null && this.to == null;
		}
		Instant start = fromInstant();
		Instant end = untilInstant();
		return (start == null || !instant.isBefore(start)) && (end == null || instant.isBefore(end));
	}

	private static String text(Map<String, String> params, String name) {
		String value = params.get(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static LocalDate date(Map<String, String> params, String name) {
		String value = text(params, name);
		try {
			return value == null ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw bad("Invalid '" + name + "': expected an ISO date such as 2026-03-31, got '" + value + "'.");
		}
	}

	private static ProgressStatus status(Map<String, String> params) {
		String value = text(params, "status");
		try {
			return value == null ? null : ProgressStatus.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw bad("Invalid 'status': expected NOT_STARTED, IN_PROGRESS, FAILED or PASSED, got '" + value + "'.");
		}
	}

	private static ResponseStatusException bad(String message) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
	}

}
