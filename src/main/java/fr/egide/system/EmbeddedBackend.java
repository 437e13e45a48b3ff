package fr.egide.system;

import java.util.List;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The H2 backend of mongo-java-server, minus one start-up cost: it keeps no data for a
 * non-unique index, yet rebuilt each one at every start by reading its whole collection twice
 * (23 s for 240,000 documents). Such an index is kept as a declaration only, which is what it
 * already was. Unique indexes, which the server does maintain and use, are stored as before but
 * compare their keys faster (see {@link IndexKeyType}).
 */
class EmbeddedBackend extends H2Backend {

	EmbeddedBackend(MVStore store) {
		super(store);
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName, getMvStore(), getCursorRegistry());
	}

	/** Not static: the super constructor opens the indexes, before a field of this class is set. */
	private final class Database extends H2Database {

		Database(String name, MVStore store, CursorRegistry cursors) {
			super(name, store, cursors);
		}

		/** Opens the index's map with {@link IndexKeyType} first; the server's own code then finds it open. */
		@Override
		protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			EmbeddedBackend.this.getMvStore().openMap(indexMapName(getFullCollectionNamespace(collectionName), indexName),
					new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
			return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
		}

		@Override
		protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
				List<IndexKey> keys, boolean sparse) {
			return new DeclaredIndex(indexName, keys);
		}

	}

	/** The name mongo-java-server's {@code H2Database} gives an index's map. */
	static String indexMapName(String collectionNamespace, String indexName) {
		return collectionNamespace + "._index_" + indexName;
	}

	/**
	 * The key type of a unique index's map, stored exactly as before (Java serialization). H2 orders
	 * such keys by comparing their serialized bytes, and so serialized both keys at every step of
	 * every look-up: a fifth of the store's time and most of its garbage. For the common keys (plain
	 * ASCII strings and numbers, which the server keeps as doubles: every id, e-mail address,
	 * member-and-module pair and id-and-version pair here) the same order can be read from the
	 * values: when both keys have the same kinds of part in the same places, their serialized forms
	 * differ only in each string's length and bytes and each double's bits, part by part. Any other
	 * key is compared as H2 always did.
	 */
	static final class IndexKeyType extends ObjectDataType {

		@Override
		public int compare(Object a, Object b) {
			if (a instanceof KeyValue x && b instanceof KeyValue y && sameShape(x, y)) {
				for (int i = 0; i < x.size(); i++) {
					int part = x.get(i) instanceof String s ? compareStrings(s, (String) y.get(i))
							: Long.compareUnsigned(Double.doubleToLongBits((Double) x.get(i)),
									Double.doubleToLongBits((Double) y.get(i)));
					if (part != 0) {
						return part;
					}
				}
				return 0;
			}
			return super.compare(a, b);
		}

		/** A string is written as a two-byte length, then one byte per character. */
		private static int compareStrings(String s, String t) {
			return s.length() != t.length() ? Integer.compare(s.length(), t.length()) : Integer.signum(s.compareTo(t));
		}

		/**
		 * As many parts, each a plain-ASCII string or a double on both sides, and no part the same
		 * object as an earlier part of its key (serialization writes a repeated object as a reference).
		 */
		private static boolean sameShape(KeyValue x, KeyValue y) {
			if (x.size() != y.size()) {
				return false;
			}
			for (int i = 0; i < x.size(); i++) {
				Object p = x.get(i);
				Object q = y.get(i);
				boolean strings = p instanceof String s && q instanceof String t && plainAscii(s) && plainAscii(t);
				if (!strings && !(p instanceof Double && q instanceof Double) || repeated(x, i) || repeated(y, i)) {
					return false;
				}
			}
			return true;
		}

		private static boolean repeated(KeyValue key, int part) {
			for (int j = 0; j < part; j++) {
				if (key.get(j) == key.get(part)) {
					return true;
				}
			}
			return false;
		}

		/** One byte per character in Java's serialized (modified UTF-8) form, and a two-byte length. */
		private static boolean plainAscii(String s) {
			if (s.length() > 65_535) {
				return false;
			}
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				if (c == 0 || c > 127) {
					return false;
				}
			}
			return true;
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
