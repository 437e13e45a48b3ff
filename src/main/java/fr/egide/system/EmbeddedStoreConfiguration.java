package fr.egide.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an in-process MongoDB-wire-protocol server when no MongoDB URI is configured, so
 * that one command runs the whole product with data kept under {@code egide.data-dir}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoMongoUriConfigured.class)
class EmbeddedStoreConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreConfiguration.class);

	/**
	 * MVStore keeps a written chunk at least {@code retention} (crash safety) and the pages of the
	 * last {@code versions-to-keep} versions (what running queries read: H2's default of 5, about
	 * five seconds of writes, broke longer queries with "Chunk … not found"; see {@link StoreRetention}).
	 * Compression makes the file about three times smaller for the same speed.
	 */
	@Bean
	H2Backend embeddedStoreBackend(DataDirectory dataDirectory,
			@Value("${egide.embedded-store.in-memory:false}") boolean inMemory,
			@Value("${egide.embedded-store.retention-ms:45000}") int retentionMs,
			@Value("${egide.embedded-store.compress:true}") boolean compress,
			@Value("${egide.embedded-store.auto-compact-fill-rate:90}") int fillRate,
			@Value("${egide.embedded-store.cache-mb:0}") int cacheMb,
			@Value("${egide.embedded-store.versions-to-keep:600}") int versionsToKeep) {
		if (inMemory) {
			return new EmbeddedBackend(MVStore.open(null));
		}
		var builder = new MVStore.Builder().fileName(dataDirectory.path().resolve("egide.mv").toString())
			.autoCompactFillRate(fillRate)
			.cacheSize(cacheMb > 0 ? cacheMb : defaultCacheMb(Runtime.getRuntime().maxMemory()));
		if (compress) {
			builder.compress();
		}
		MVStore store = builder.open();
		store.setRetentionTime(retentionMs);
		store.setVersionsToKeep(versionsToKeep);
		return new EmbeddedBackend(store);
	}

	/**
	 * A thirty-second of the heap, 2 to 64 MB. Pages in the cache are replaced as they are written, so
	 * under steady writes it is a stream of objects that outlive the young generation: with the 16 MB
	 * of H2's default in a 112 MB heap, QCM submissions caused a full collection every 4 seconds.
	 */
	static int defaultCacheMb(long maxHeapBytes) {
		return (int) Math.max(2, Math.min(64, maxHeapBytes / 32 / (1024 * 1024)));
	}

	@Bean(destroyMethod = "shutdown")
	MongoServer embeddedMongoServer(H2Backend backend, DataDirectory dataDirectory,
			@Value("${egide.embedded-store.in-memory:false}") boolean inMemory) {
		MongoServer server = new MongoServer(backend);
		server.bind("127.0.0.1", 0);
		log.info("Data store: embedded MongoDB-compatible server on {} ({})", server.getLocalAddress(),
				inMemory ? "in memory" : "file " + dataDirectory.path().resolve("egide.mv").toAbsolutePath());
		return server;
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer embeddedMongoServer) {
		var address = embeddedMongoServer.getLocalAddress();
		var uri = new ConnectionString(
				"mongodb://" + address.getHostString() + ":" + address.getPort() + "/egide");
		return () -> uri;
	}

	static void createDirectories(Path dir) {
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create data directory " + dir.toAbsolutePath(), ex);
		}
	}

}
