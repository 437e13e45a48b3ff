package fr.egide.system;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The embedded store reads a consistent snapshot per cursor, but frees superseded chunks after
 * {@code egide.embedded-store.retention-ms}: a scan that lasts longer while anything is written
 * fails with "Chunk … not found". Long scans (counter rebuild, exports) run inside
 * {@link #longRead}, which keeps chunks until the last one ends; bulk loads with no reader run
 * inside {@link #bulkLoad}, which frees them at once so the file does not grow to gigabytes
 * (the seed command runs it with no web server and no scheduled job: a concurrent reader would fail).
 * On a real MongoDB server both simply run the work.
 */
@Component
public class StoreRetention {

	private static final Logger log = LoggerFactory.getLogger(StoreRetention.class);

	private static final int LONG_READ_RETENTION_MS = (int) java.time.Duration.ofHours(2).toMillis();

	private final MVStore store;

	private final int normalRetentionMs;

	private final AtomicInteger longReads = new AtomicInteger();

	StoreRetention(ObjectProvider<H2Backend> embedded,
			@Value("${egide.embedded-store.retention-ms:45000}") int normalRetentionMs) {
		H2Backend backend = embedded.getIfAvailable();
		this.store = backend == null || backend.isInMemory() ? null : backend.getMvStore();
		this.normalRetentionMs = normalRetentionMs;
	}

	/** Runs a scan that may outlast the normal retention, keeping every chunk it may still read. */
	public <T> T longRead(Supplier<T> scan) {
		if (this.store == null) {
			return scan.get();
		}
		synchronized (this) {
			if (this.longReads.getAndIncrement() == 0) {
				this.store.setRetentionTime(LONG_READ_RETENTION_MS);
			}
		}
		try {
			return scan.get();
		}
		finally {
			synchronized (this) {
				if (this.longReads.decrementAndGet() == 0) {
					this.store.setRetentionTime(this.normalRetentionMs);
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
			if (this.longReads.get() == 0) {
				this.store.setRetentionTime(0);
			}
		}
		try {
			inserts.run();
		}
		finally {
			synchronized (this) {
				if (this.longReads.get() == 0) {
					this.store.setRetentionTime(this.normalRetentionMs);
				}
			}
			log.info("Embedded store after the bulk load: {} MB on disk, {} % of chunks in use",
					this.store.getFileStore().size() / (1024 * 1024), this.store.getFileStore().getFillRate());
		}
	}

}
