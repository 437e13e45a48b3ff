package fr.egide;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Prints why a test was skipped, so no skip passes silently in a build log. */
public class SkippedTestReporter implements TestExecutionListener {

	@Override
	public void executionSkipped(TestIdentifier test, String reason) {
		System.out.println("SKIPPED " + test.getDisplayName() + ": " + reason);
	}

}
