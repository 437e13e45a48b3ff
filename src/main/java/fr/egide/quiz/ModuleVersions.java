package fr.egide.quiz;

/**
 * Which version of a module a member is taking: the one they started, until they pass it.
 * Implemented by the module that tracks progress, so that grading never depends on it.
 */
public interface ModuleVersions {

	/** The version the member should be graded on, or {@code current} when they have nothing in progress. */
	int versionFor(String memberId, String moduleId, int current);

}
