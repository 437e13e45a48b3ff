package fr.egide.scorm;

import java.util.Arrays;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The SCORM editions Égide writes: 1.2 and 2004 4th edition. */
public enum ScormVersion {

	V1_2("1.2", "scorm12"), V2004("2004", "scorm2004");

	private final String label;

	private final String fileSuffix;

	ScormVersion(String label, String fileSuffix) {
		this.label = label;
		this.fileSuffix = fileSuffix;
	}

	/** How requests and pages name it: {@code 1.2} or {@code 2004}. */
	public String label() {
		return this.label;
	}

	/** What a package's file name ends with, before {@code .zip}. */
	public String fileSuffix() {
		return this.fileSuffix;
	}

	/**
	 * The version a request asks for.
	 * @throws ResponseStatusException 400 with the accepted values when it is anything else
	 */
	public static ScormVersion parse(String value) {
		if (value == null || value.isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"The SCORM version is missing: add version=1.2 or version=2004.");
		}
		return Arrays.stream(values())
			.filter(version -> version.label.equals(value))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Unknown SCORM version '" + value + "': use version=1.2 or version=2004."));
	}

}
