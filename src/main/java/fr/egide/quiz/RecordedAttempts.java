package fr.egide.quiz;

import java.util.Set;

/**
 * The ids of a member's attempts, as the module that tracks progress records them from
 * {@link QuizAttempted} events. Implemented there, so that grading never depends on it; ids of
 * results reported by other content (SCORM) may be among them and are simply not attempts.
 */
public interface RecordedAttempts {

	/** Ids recorded for the member on this module, any version. */
	Set<String> idsOf(String memberId, String moduleId);

	/** Ids recorded for the member on every module of the catalogue (a module removed from it no longer counts). */
	Set<String> idsOf(String memberId);

}
