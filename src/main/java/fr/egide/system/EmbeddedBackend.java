package fr.egide.system;

import java.util.List;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend of mongo-java-server, minus one start-up cost: it keeps no data for a
 * non-unique index, yet rebuilt each one at every start by reading its whole collection twice
 * (23 s for 240,000 documents). Such an index is kept as a declaration only, which is what it
 * already was; unique indexes, which the server does maintain and use, are untouched.
 */
class EmbeddedBackend extends H2Backend {

	EmbeddedBackend(MVStore store) {
		super(store);
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName, getMvStore(), getCursorRegistry());
	}

	private static final class Database extends H2Database {

		Database(String name, MVStore store, CursorRegistry cursors) {
			super(name, store, cursors);
		}

		@Override
		protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
				List<IndexKey> keys, boolean sparse) {
			return new DeclaredIndex(indexName, keys);
		}

	}

	/** Holds nothing and says so differently: not "empty", so opening it reads no document. */
	private static final class DeclaredIndex extends EmptyIndex<Object> {

		DeclaredIndex(String name, List<IndexKey> keys) {
			super(name, keys);
		}

		@Override
		public boolean isEmpty() {
			return false;
		}

	}

}
