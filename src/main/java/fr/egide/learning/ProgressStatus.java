package fr.egide.learning;

/** Where a member stands on one module. */
public enum ProgressStatus {

	NOT_STARTED, IN_PROGRESS, PASSED, FAILED

}
