package fr.egide.catalog;

import java.util.List;

/**
 * A module as members read it: its front matter and its sections, rendered once for this
 * version. Sections are numbered from 1.
 */
public record CourseModule(String id, String title, String summary, int minutes, String language, int version,
		List<String> tags, List<String> objectives, String introHtml, List<Section> sections, String source) {

	/** This module as published under another version number (uploaded material is numbered by the server). */
	public CourseModule withVersion(int number) {
		return new CourseModule(this.id, this.title, this.summary, this.minutes, this.language, number, this.tags,
				this.objectives, this.introHtml, this.sections, this.source);
	}

	public int sectionCount() {
		return this.sections.size();
	}

	/** The section with this number, or the nearest existing one. */
	public Section section(int number) {
		int index = Math.max(1, Math.min(number, this.sections.size())) - 1;
		return this.sections.get(index);
	}

}
