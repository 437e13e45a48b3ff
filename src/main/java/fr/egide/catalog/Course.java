package fr.egide.catalog;

import java.util.List;

/** A course: an ordered list of modules a member takes together. */
public record Course(String id, String title, String summary, String language, List<String> moduleIds) {
}
