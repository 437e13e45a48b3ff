package fr.egide.learning;

/** Where a member stands on one module. */
public enum ProgressStatus {

	NOT_STARTED, IN_PROGRESS, PASSED, FAILED,

	/** Passed longer ago than the pole's refresher period: to renew. */
	EXPIRED

}
