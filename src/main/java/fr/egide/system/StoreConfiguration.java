package fr.egide.system;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Chooses the store when the application starts, not when it is built: the real MongoDB named by
 * {@code spring.mongodb.uri} or {@code MONGODB_URI} (what container platforms usually set), or else
 * an in-process MongoDB-wire-protocol server keeping its data under {@code egide.data-dir}, so that
 * one command runs the whole product. The jar's ahead-of-time start-up plan fixes every
 * {@code @Conditional} at build time, hence a bean that decides instead of two conditional ones.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);

	@Bean(destroyMethod = "close")
	DataStore dataStore(Environment env, DataDirectory dataDirectory,
			@Value("${egide.embedded-store.in-memory:false}") boolean inMemory,
			@Value("${egide.embedded-store.retention-ms:45000}") int retentionMs,
			@Value("${egide.embedded-store.compress:true}") boolean compress,
			@Value("${egide.embedded-store.auto-compact-fill-rate:90}") int fillRate,
			@Value("${egide.embedded-store.cache-mb:0}") int cacheMb,
			@Value("${egide.embedded-store.versions-to-keep:600}") int versionsToKeep) {
		String uri = env.getProperty("spring.mongodb.uri");
		if (!StringUtils.hasText(uri)) {
			uri = env.getProperty("MONGODB_URI");
		}
		if (StringUtils.hasText(uri)) {
			var connectionString = new ConnectionString(uri);
			log.info("Data store: external MongoDB at {} (database {})", connectionString.getHosts(),
					connectionString.getDatabase());
			return DataStore.external(connectionString);
		}
		return embedded(dataDirectory,
				new EmbeddedStoreSettings(inMemory, retentionMs, compress, fillRate, cacheMb, versionsToKeep));
	}

	@Bean
	MongoConnectionDetails storeConnectionDetails(DataStore dataStore) {
		return dataStore::connectionString;
	}

	/**
	 * MVStore keeps a written chunk at least {@code retention} (crash safety) and the pages of the
	 * last {@code versions-to-keep} versions (what running queries read: H2's default of 5, about
	 * five seconds of writes, broke longer queries with "Chunk … not found"; see {@link StoreRetention}).
	 * Compression makes the file about three times smaller for the same speed.
	 */
	private static DataStore embedded(DataDirectory dataDirectory, EmbeddedStoreSettings settings) {
		MVStore file = null;
		if (!settings.inMemory()) {
			var builder = new MVStore.Builder().fileName(dataDirectory.path().resolve("egide.mv").toString())
				.autoCompactFillRate(settings.fillRate())
				.cacheSize(settings.cacheMb() > 0 ? settings.cacheMb() : defaultCacheMb(Runtime.getRuntime().maxMemory()));
			if (settings.compress()) {
				builder.compress();
			}
			file = builder.open();
			file.setRetentionTime(settings.retentionMs());
			file.setVersionsToKeep(settings.versionsToKeep());
		}
		var server = new MongoServer(new EmbeddedBackend(file != null ? file : MVStore.open(null)));
		server.bind("127.0.0.1", 0);
		var address = server.getLocalAddress();
		log.info("Data store: embedded MongoDB-compatible server on {} ({})", address,
				file == null ? "in memory" : "file " + dataDirectory.path().resolve("egide.mv").toAbsolutePath());
		return DataStore.embedded(new ConnectionString(
				"mongodb://" + address.getHostString() + ":" + address.getPort() + "/egide"), server, file);
	}

	/**
	 * A thirty-second of the heap, 2 to 64 MB. Pages in the cache are replaced as they are written, so
	 * under steady writes it is a stream of objects that outlive the young generation: with the 16 MB
	 * of H2's default in a 112 MB heap, QCM submissions caused a full collection every 4 seconds.
	 */
	static int defaultCacheMb(long maxHeapBytes) {
		return (int) Math.max(2, Math.min(64, maxHeapBytes / 32 / (1024 * 1024)));
	}

	private record EmbeddedStoreSettings(boolean inMemory, int retentionMs, boolean compress, int fillRate, int cacheMb,
			int versionsToKeep) {
	}

}
