package fr.egide.scorm;

import java.util.List;

/**
 * What Égide needs from a package's {@code imsmanifest.xml}: its SCORM version, its title and
 * the SCOs to launch, in the organisation's order.
 */
record ImportedManifest(String version, String identifier, String title, List<Sco> scos) {

	/** A launchable item: its launch address inside the package and, when given, the passing score (0–100). */
	record Sco(String identifier, String title, String href, Integer masteryScore) {
	}

	boolean is2004() {
		return this.version.startsWith("2004");
	}

}
