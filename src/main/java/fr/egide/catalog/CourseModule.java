package fr.egide.catalog;

import java.util.List;

/**
 * A module as members read it: its front matter and its sections, rendered once for this
 * version. Sections are numbered from 1.
 */
public record CourseModule(String id, String title, String summary, int minutes, String language, int version,
		List<String> tags, List<String> objectives, String introHtml, List<Section> sections, String source) {

	public int sectionCount() {
		return this.sections.size();
	}

	/** The section with this number, or the nearest existing one. */
	public Section section(int number) {
		int index = Math.max(1, Math.min(number, this.sections.size())) - 1;
		return this.sections.get(index);
	}

}
