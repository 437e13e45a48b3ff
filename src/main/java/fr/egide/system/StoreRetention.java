package fr.egide.system;

import java.util.function.Supplier;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The embedded store (H2 MVStore) lets each query read a snapshot, but nothing tells it which
 * snapshots a query still reads: the pages of a snapshot older than the last
 * {@code egide.embedded-store.versions-to-keep} versions (about one a second while anything is
 * written, background compaction included) may be overwritten, and the query fails with
 * "Chunk … not found". Long scans (counter rebuilds, exports) run inside {@link #longRead}, which
 * keeps every version until the last of them ends. A bulk load that nothing reads (the seed
 * command, which runs no web server and no scheduled job) runs inside {@link #bulkLoad}, which lets
 * the store reuse space at once so the file does not grow to gigabytes. On a real MongoDB server
 * both simply run the work.
 */
@Component
public class StoreRetention {

	private static final Logger log = LoggerFactory.getLogger(StoreRetention.class);

	private static final int KEEP_EVERY_VERSION = 1_000_000_000;

	private final MVStore store;

	private final int normalRetentionMs;

	private final int normalVersions;

	private int longReads;

	StoreRetention(DataStore dataStore,
			@Value("${egide.embedded-store.retention-ms:45000}") int normalRetentionMs,
			@Value("${egide.embedded-store.versions-to-keep:600}") int normalVersions) {
		this.store = dataStore.embeddedFile();
		this.normalRetentionMs = normalRetentionMs;
		this.normalVersions = normalVersions;
	}

	/** Runs a scan that may outlast the versions normally kept, keeping every version it may still read. */
	public <T> T longRead(Supplier<T> scan) {
		if (this.store == null) {
			return scan.get();
		}
		synchronized (this) {
			if (this.longReads++ == 0) {
				this.store.setVersionsToKeep(KEEP_EVERY_VERSION);
			}
		}
		try {
			return scan.get();
		}
		finally {
			synchronized (this) {
				if (--this.longReads == 0) {
					this.store.setVersionsToKeep(this.normalVersions);
				}
			}
		}
	}

	/** Runs inserts that nothing reads concurrently (seeding), letting the store reuse space at once. */
	public void bulkLoad(Runnable inserts) {
		if (this.store == null) {
			inserts.run();
			return;
		}
		synchronized (this) {
			if (this.longReads > 0) {
				throw new IllegalStateException("A long read is running: a bulk load would overwrite what it reads.");
			}
			this.store.setRetentionTime(0);
			this.store.setVersionsToKeep(1);
		}
		try {
			inserts.run();
		}
		finally {
			synchronized (this) {
				this.store.setRetentionTime(this.normalRetentionMs);
				this.store.setVersionsToKeep(this.normalVersions);
			}
			log.info("Embedded store after the bulk load: {} MB on disk, {} % of chunks in use",
					this.store.getFileStore().size() / (1024 * 1024), this.store.getFileStore().getFillRate());
		}
	}

}
