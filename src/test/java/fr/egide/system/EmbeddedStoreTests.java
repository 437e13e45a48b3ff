package fr.egide.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

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
		var backend = new EmbeddedBackend(store);
		var retention = new StoreRetention(
				new StaticListableBeanFactory(Map.of("backend", backend)).getBeanProvider(H2Backend.class), 45_000,
				600);
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
			backend.close();
		}
	}

	private static void withServer(String file, java.util.function.Consumer<com.mongodb.client.MongoDatabase> work) {
		var backend = new EmbeddedBackend(new MVStore.Builder().fileName(file).compress().open());
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
