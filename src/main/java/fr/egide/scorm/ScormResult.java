package fr.egide.scorm;

import java.util.Map;
import java.util.Optional;

/**
 * What a SCO's data says of the member's result, in Égide's terms: a score from 0 to 100 and
 * passed or not; empty while the package has not said it is finished.
 */
record ScormResult(int score, boolean passed) {

	static Optional<ScormResult> of(Map<String, String> values, ScormLibrary.Played played) {
		Integer mastery = played.sco().masteryScore();
		if (played.pack().is2004()) {
			String success = values.getOrDefault("cmi.success_status", "unknown");
			String completion = values.getOrDefault("cmi.completion_status", "unknown");
			int score = percent(values.get("cmi.score.scaled"), values.get("cmi.score.raw"), values.get("cmi.score.min"),
					values.get("cmi.score.max"));
			if (success.equals("passed") || success.equals("failed")) {
				return Optional.of(new ScormResult(score, success.equals("passed")));
			}
			if (completion.equals("completed")) {
				return Optional.of(new ScormResult(score, mastery == null || score >= mastery));
			}
			return Optional.empty();
		}
		String status = values.getOrDefault("cmi.core.lesson_status", "not attempted");
		int score = percent(null, values.get("cmi.core.score.raw"), values.get("cmi.core.score.min"),
				values.get("cmi.core.score.max"));
		return switch (status) {
			case "passed" -> Optional.of(new ScormResult(score, true));
			case "failed" -> Optional.of(new ScormResult(score, false));
			case "completed" -> Optional.of(new ScormResult(score, mastery == null || score >= mastery));
			default -> Optional.empty();
		};
	}

	private static int percent(String scaled, String raw, String min, String max) {
		try {
			if (scaled != null && !scaled.isBlank()) {
				return clamp(Math.round(Double.parseDouble(scaled) * 100));
			}
			if (raw == null || raw.isBlank()) {
				return 0;
			}
			double value = Double.parseDouble(raw);
			double low = min == null || min.isBlank() ? 0 : Double.parseDouble(min);
			double high = max == null || max.isBlank() ? 100 : Double.parseDouble(max);
			return high > low ? clamp(Math.round(100 * (value - low) / (high - low))) : clamp(Math.round(value));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static int clamp(long value) {
		return (int) Math.max(0, Math.min(100, value));
	}

}
