package fr.egide.system;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/**
 * Whether a failure means the store could not be reached, so that nothing was written and the same
 * request can be sent again. Spring translates most of these itself; a connection pool paused after
 * another request lost its connection arrives as an "uncategorized" error instead.
 */
final class StoreOutage {

	private StoreOutage() {
	}

	static boolean causes(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof MongoConnectionPoolClearedException || t instanceof MongoSocketException
					|| t instanceof MongoTimeoutException) {
				return true;
			}
		}
		return false;
	}

}
