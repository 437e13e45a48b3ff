package fr.egide.catalog;

/** One page of a module, from one {@code ##} heading to the next, already rendered to safe HTML. */
public record Section(int number, String title, String html) {
}
