package fr.egide.learning;

/** A member opened a module for the first time. */
public record ModuleStarted(String memberId, String poleId, String moduleId) {
}
