package fr.egide.scorm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Session and total times in each version's format: 1.2 {@code HHHH:MM:SS.SS}, 2004 ISO 8601 durations. */
final class ScormTime {

	private static final Pattern TIMESPAN = Pattern.compile("(\\d{2,4}):(\\d{2}):(\\d{2})(\\.\\d{1,2})?");

	private static final Pattern DURATION = Pattern
		.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d{1,2})?)S)?)?");

	private ScormTime() {
	}

	/** Seconds in a session time of either format; 0 when it cannot be read. */
	static long seconds(String value) {
		if (value == null) {
			return 0;
		}
		Matcher timespan = TIMESPAN.matcher(value);
		if (timespan.matches()) {
			return Long.parseLong(timespan.group(1)) * 3600 + Long.parseLong(timespan.group(2)) * 60
					+ Long.parseLong(timespan.group(3));
		}
		Matcher duration = DURATION.matcher(value);
		if (duration.matches() && !value.equals("P") && !value.endsWith("T")) {
			return part(duration, 1) * 365 * 86400 + part(duration, 2) * 30 * 86400 + part(duration, 3) * 86400
					+ part(duration, 4) * 3600 + part(duration, 5) * 60
					+ (duration.group(6) == null ? 0 : (long) Double.parseDouble(duration.group(6)));
		}
		return 0;
	}

	static String timespan(long seconds) {
		return String.format("%04d:%02d:%02d.00", Math.min(9999, seconds / 3600), seconds / 60 % 60, seconds % 60);
	}

	static String duration(long seconds) {
		return "PT" + seconds / 3600 + "H" + seconds / 60 % 60 + "M" + seconds % 60 + "S";
	}

	private static long part(Matcher matcher, int group) {
		return matcher.group(group) == null ? 0 : Long.parseLong(matcher.group(group));
	}

}
