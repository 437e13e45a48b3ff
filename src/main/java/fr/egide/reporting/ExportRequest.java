package fr.egide.reporting;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.egide.catalog.CourseModule;
import fr.egide.directory.Pole;

/** What one export is about, checked before its first byte is sent. */
record ExportRequest(Pole pole, ReportFilter filter, List<CourseModule> modules,
		Map<String, String> organisationNames, Locale locale) {

	String organisationName(String organisationId) {
		return organisationId == null ? "" : this.organisationNames.getOrDefault(organisationId, "");
	}

}
