package fr.egide.scorm;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An imported SCORM package: a course of the catalogue whose modules are its SCOs, played by
 * Égide's runtime. Its files are kept unpacked under the data folder, in {@code scorm/<id>}.
 */
@Document("scorm_packages")
record ImportedPackage(@Id String id, String title, String version, String ownerId, String ownerName,
		List<String> poleIds, Instant importedAt, List<PackagedSco> scos) {

	/** One SCO as a module of the catalogue. */
	record PackagedSco(String moduleId, String title, String href, Integer masteryScore) {
	}

	public String courseId() {
		return "scorm-" + this.id;
	}

	public boolean is2004() {
		return this.version.startsWith("2004");
	}

}
