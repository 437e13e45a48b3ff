package fr.egide.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded store on a real file: what Égide changes in it keeps data and answers right. */
class EmbeddedStoreTests {

	@TempDir
	Path dir;

	@Test
	void declaredIndexesSurviveARestartAndQueriesOnThemStayRight() {
		String file = this.dir.resolve("egide.mv").toString();
		withServer(file, db -> {
			var members = db.getCollection("members");
			List<Document> batch = new ArrayList<>();
			for (int i = 0; i < 500; i++) {
				batch.add(new Document("_id", "m" + i).append("poleId", i % 2 == 0 ? "A" : "B").append("n", i)
					.append("email", "m" + i + "@x.test"));
			}
			members.insertMany(batch);
			members.createIndex(Indexes.ascending("poleId", "n"));
			members.createIndex(Indexes.ascending("email"), new com.mongodb.client.model.IndexOptions().unique(true));
		});
		withServer(file, db -> {
			var members = db.getCollection("members");
			assertThat(members.countDocuments(Filters.eq("poleId", "A"))).isEqualTo(250);
			members.insertOne(new Document("_id", "m500").append("poleId", "A").append("n", 500)
				.append("email", "m500@x.test"));
			assertThatThrownBy(() -> members.insertOne(new Document("_id", "m501").append("email", "m7@x.test")))
				.isInstanceOf(com.mongodb.MongoWriteException.class);
			assertThat(members.countDocuments(Filters.eq("poleId", "A"))).isEqualTo(251);
			assertThat(members.find(Filters.eq("_id", "m42")).first().getInteger("n")).isEqualTo(42);
			List<String> names = new ArrayList<>();
			members.listIndexes().forEach(index -> names.add(index.getString("name")));
			assertThat(names).contains("_id_", "poleId_1_n_1", "email_1");
		});
	}

	@Test
	void longReadsKeepEveryVersionAndBulkLoadsWaitForThem() {
		MVStore store = new MVStore.Builder().fileName(this.dir.resolve("retention.mv").toString()).open();
		store.setVersionsToKeep(600);
		var retention = new StoreRetention(DataStore.embedded(new ConnectionString("mongodb://127.0.0.1/egide"), null, store),
				45_000, 600);
		try {
			long during = retention.longRead(() -> retention.longRead(store::getVersionsToKeep));
			assertThat(during).isGreaterThan(1_000_000);
			assertThat(store.getVersionsToKeep()).isEqualTo(600L);
			assertThatThrownBy(() -> retention.longRead(() -> {
				retention.bulkLoad(() -> {
				});
				return null;
			})).isInstanceOf(IllegalStateException.class);
			retention.bulkLoad(() -> assertThat(store.getVersionsToKeep()).isEqualTo(1L));
			assertThat(store.getVersionsToKeep()).isEqualTo(600L);
			assertThat(store.getRetentionTime()).isEqualTo(45_000);
		}
		finally {
			store.close();
		}
	}

	@Test
	void thePageCacheIsAThirtySecondOfTheHeapWithinBounds() {
		long mb = 1024 * 1024;
		assertThat(StoreConfiguration.defaultCacheMb(112 * mb)).isEqualTo(3);
		assertThat(StoreConfiguration.defaultCacheMb(1024 * mb)).isEqualTo(32);
		assertThat(StoreConfiguration.defaultCacheMb(32 * mb)).isEqualTo(2);
		assertThat(StoreConfiguration.defaultCacheMb(16 * 1024 * mb)).isEqualTo(64);
	}

	@Test
	void indexKeysCompareInTheOrderH2StoresThemIn() {
		var fast = new EmbeddedBackend.IndexKeyType();
		var random = new Random(42);
		String[] alphabets = { "ab", "0123456789abcdef-", "aé\u0000z", "AZaz09@._-+" };
		for (int i = 0; i < 20_000; i++) {
			KeyValue a = randomKey(random, alphabets);
			KeyValue b = random.nextInt(10) == 0 ? a.normalized() : randomKey(random, alphabets);
			int serialized = Integer.signum(
					ObjectDataType.compareNotNull(ObjectDataType.serialize(a), ObjectDataType.serialize(b)));
			assertThat(Integer.signum(fast.compare(a, b))).as("%s vs %s", a, b).isEqualTo(serialized);
		}
	}

	private static KeyValue randomKey(Random random, String[] alphabets) {
		String alphabet = alphabets[random.nextInt(alphabets.length)];
		Object[] values = new Object[1 + random.nextInt(3)];
		for (int v = 0; v < values.length; v++) {
			if (v > 0 && random.nextInt(4) == 0) {
				// the same object twice is serialized as a reference the second time; an equal value is not
				Object previous = values[v - 1];
				values[v] = random.nextBoolean() ? previous
						: previous instanceof String text ? new String(text)
						: previous instanceof Double number ? Double.valueOf(number.doubleValue()) : previous;
				continue;
			}
			if (random.nextInt(20) == 0) {
				values[v] = random.nextInt(100);
				continue;
			}
			if (random.nextInt(4) == 0) {
				double[] doubles = { 0.0, -0.0, 1.0, 2.0, 3.0, 17.5, -1.0, -2.5, 1e300, Double.NaN,
						Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
				values[v] = doubles[random.nextInt(doubles.length)];
				continue;
			}
			var text = new StringBuilder();
			for (int c = random.nextInt(random.nextBoolean() ? 4 : 40); c > 0; c--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			values[v] = text.toString();
		}
		return new KeyValue(values);
	}

	@Test
	void uniqueIndexesWrittenByThePlainServerAreReadWithTheFasterKeysAndTheOtherWayRound() {
		String file = this.dir.resolve("keys.mv").toString();
		List<String> ids = new ArrayList<>();
		var random = new Random(7);
		for (int i = 0; i < 3_000; i++) {
			ids.add(random.nextInt(4) == 0 ? "m" + i : java.util.UUID.randomUUID().toString());
		}
		withServer(new H2Backend(new MVStore.Builder().fileName(file).open()), db -> {
			var members = db.getCollection("members");
			members.createIndex(Indexes.ascending("email"), new com.mongodb.client.model.IndexOptions().unique(true));
			members.insertMany(ids.subList(0, 2_000).stream()
				.map(id -> new Document("_id", id).append("email", id + "@x.test"))
				.toList());
			var progress = db.getCollection("progress");
			progress.createIndex(Indexes.ascending("memberId", "moduleId"),
					new com.mongodb.client.model.IndexOptions().unique(true));
			progress.createIndex(Indexes.ascending("_id", "version"), new com.mongodb.client.model.IndexOptions().unique(true));
			progress.insertMany(ids.subList(0, 2_000).stream().map(id -> progressOf(id, "m1")).toList());
		});
		var backend = new EmbeddedBackend(new MVStore.Builder().fileName(file).open());
		withServer(backend, db -> {
			var members = db.getCollection("members");
			members.insertMany(ids.subList(2_000, 3_000).stream()
				.map(id -> new Document("_id", id).append("email", id + "@x.test"))
				.toList());
			db.getCollection("progress").insertMany(ids.stream().map(id -> progressOf(id, "m2")).toList());
			assertThat(backend.getMvStore().getMapNames().stream().filter(name -> name.contains("._index_")))
				.isNotEmpty()
				.allSatisfy(name -> assertThat(backend.getMvStore().openMap(name).getKeyType())
					.isInstanceOf(EmbeddedBackend.IndexKeyType.class));
		});
		withServer(new H2Backend(new MVStore.Builder().fileName(file).open()), db -> {
			var members = db.getCollection("members");
			for (String id : ids) {
				assertThat(members.find(Filters.eq("_id", id)).first()).as(id).isNotNull();
			}
			assertThatThrownBy(() -> members.insertOne(new Document("_id", "new").append("email", ids.get(2_500) + "@x.test")))
				.isInstanceOf(com.mongodb.MongoWriteException.class);
			assertThatThrownBy(() -> members.insertOne(new Document("_id", ids.get(100))))
				.isInstanceOf(com.mongodb.MongoWriteException.class);
			var progress = db.getCollection("progress");
			for (int i = 0; i < ids.size(); i += 7) {
				String id = ids.get(i);
				assertThatThrownBy(() -> progress.insertOne(progressOf(id, "m2"))).as(id)
					.isInstanceOf(com.mongodb.MongoWriteException.class);
				assertThat(progress.find(Filters.and(Filters.eq("_id", id + "/m2"), Filters.eq("version", 3L))).first())
					.as(id)
					.isNotNull();
				if (i < 2_000) {
					assertThatThrownBy(() -> progress.insertOne(progressOf(id + "-again", id, "m1"))).as(id)
						.isInstanceOf(com.mongodb.MongoWriteException.class);
				}
			}
			progress.insertOne(progressOf(ids.get(2_900), "m1"));
		});
	}

	private static Document progressOf(String memberId, String moduleId) {
		return progressOf(memberId + "/" + moduleId, memberId, moduleId);
	}

	private static Document progressOf(String id, String memberId, String moduleId) {
		return new Document("_id", id).append("memberId", memberId).append("moduleId", moduleId).append("version", 3L);
	}

	private static void withServer(String file, java.util.function.Consumer<com.mongodb.client.MongoDatabase> work) {
		withServer(new EmbeddedBackend(new MVStore.Builder().fileName(file).compress().open()), work);
	}

	private static void withServer(H2Backend backend, java.util.function.Consumer<com.mongodb.client.MongoDatabase> work) {
		var server = new MongoServer(backend);
		var address = server.bind();
		try (var client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
			work.accept(client.getDatabase("egide"));
		}
		finally {
			server.shutdown();
		}
	}

}
