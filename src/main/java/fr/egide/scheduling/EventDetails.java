package fr.egide.scheduling;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What an admin types about an event, checked before anything is stored. */
record EventDetails(String name, String place, String country, LocalDate startsOn, LocalDate endsOn,
		String website) {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	/** The first problem as a message key, or empty when the details can be stored. */
	Optional<String> problem() {
		if (this.name == null || this.name.isBlank() || this.name.length() > 160) {
			return Optional.of("event.problem.name");
		}
		if (this.place == null || this.place.length() > 160) {
			return Optional.of("event.problem.place");
		}
		if (this.country == null || !COUNTRIES.contains(this.country)) {
			return Optional.of("event.problem.country");
		}
		if (this.startsOn == null || this.endsOn == null || this.endsOn.isBefore(this.startsOn)
				|| this.startsOn.plusDays(60).isBefore(this.endsOn)) {
			return Optional.of("event.problem.dates");
		}
		if (!this.website.isEmpty() && !webAddress(this.website)) {
			return Optional.of("event.problem.website");
		}
		return Optional.empty();
	}

	/** An absolute http(s) address: anything else (javascript:, data:) is refused. */
	static boolean webAddress(String text) {
		try {
			URI uri = new URI(text);
			return uri.isAbsolute() && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && text.length() <= 500;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	static EventDetails of(String name, String place, String country, String startsOn, String endsOn, String website) {
		return new EventDetails(clean(name), clean(place), clean(country).toUpperCase(Locale.ROOT), day(startsOn),
				day(endsOn), clean(website));
	}

	private static String clean(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ");
	}

	private static LocalDate day(String text) {
		try {
			return text == null ? null : LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

}
