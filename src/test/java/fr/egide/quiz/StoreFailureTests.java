package fr.egide.quiz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import fr.egide.ApiClient;
import fr.egide.TestMembers;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store dies in the middle of a burst of quiz submissions and comes back on the same file:
 * every submission the API acknowledged is stored, every other one was answered with an error,
 * and clients retrying with the same submissionId end with each attempt stored exactly once.
 * Its own application context, on a file-backed store this test controls.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "egide.data-dir=target/test-data-store-failure")
@ActiveProfiles("test")
class StoreFailureTests {

	private static final Path FILE = Path.of("target/store-failure/egide.mv");

	private static final int SUBMISSIONS = 300;

	private static MongoServer store;

	private static int storePort;

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	MongoTemplate mongo;

	@DynamicPropertySource
	static void fileBackedStore(DynamicPropertyRegistry registry) throws IOException {
		Files.createDirectories(FILE.getParent());
		Files.deleteIfExists(FILE);
		store = new MongoServer(new H2Backend(FILE.toString()));
		storePort = store.bind().getPort();
		registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + storePort
				+ "/egide?serverSelectionTimeoutMS=2000&connectTimeoutMS=1000&socketTimeoutMS=5000");
	}

	@AfterAll
	static void stopStore() {
		store.shutdownNow();
	}

	@Test
	void acknowledgedAttemptsSurviveTheStoreDyingAndRetriesCountOnce() throws Exception {
		MemberAccount member = TestMembers.member(this.directory, TestMembers.pole(this.directory));
		var api = new ApiClient(this.port);
		String token = api.token(member.email(), TestMembers.PASSWORD);
		List<String> ids = java.util.stream.IntStream.range(0, SUBMISSIONS).mapToObj(i -> UUID.randomUUID().toString())
			.toList();
		Map<String, Integer> answers = new ConcurrentHashMap<>();
		AtomicInteger acknowledged = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(8);
		for (String id : ids) {
			clients.submit(() -> {
				int status = submit(api, token, id);
				answers.put(id, status);
				if (status == 200) {
					acknowledged.incrementAndGet();
				}
			});
		}
		while (acknowledged.get() < 60) {
			Thread.sleep(5);
		}
		Map<String, Integer> beforeKill = Map.copyOf(answers);
		store.shutdownNow();
		Thread.sleep(1500);
		store = restart();
		clients.shutdown();
		assertThat(clients.awaitTermination(3, TimeUnit.MINUTES)).isTrue();

		assertThat(answers).hasSize(SUBMISSIONS);
		assertThat(answers.values()).as("answers are a success or an error to retry").allMatch(s -> s == 200 || s == 503);
		long failed = answers.values().stream().filter(s -> s != 200).count();
		assertThat(failed).as("the outage was felt").isPositive();
		List<String> acked = answers.entrySet().stream().filter(e -> e.getValue() == 200).map(Map.Entry::getKey).toList();
		assertThat(storedIds(member)).as("every acknowledged attempt is stored").containsAll(acked);
		assertThat(beforeKill.entrySet().stream().filter(e -> e.getValue() == 200).map(Map.Entry::getKey))
			.allMatch(storedIds(member)::contains);

		for (String id : ids) {
			for (int tries = 0; submit(api, token, id) != 200; tries++) {
				assertThat(tries).as("retry of " + id).isLessThan(20);
				Thread.sleep(250);
			}
		}
		assertThat(storedIds(member)).as("all stored, each once").hasSize(SUBMISSIONS).containsExactlyInAnyOrderElementsOf(ids);
	}

	@Test
	void aPageNeedingTheStoreDuringAnOutageSaysToTryAgainAndWorksAfterwards() throws Exception {
		MemberAccount member = TestMembers.member(this.directory, TestMembers.pole(this.directory));
		var web = new fr.egide.WebClient(this.port);
		assertThat(web.login(member.email(), TestMembers.PASSWORD).redirectsTo("/")).isTrue();
		assertThat(web.get("/modules/alpha/sections/1").status()).isEqualTo(200);
		store.shutdownNow();
		try {
			// the member was read a moment ago (kept 1 s), so the failure happens inside the page itself
			var page = web.get("/modules/alpha/sections/2");
			assertThat(page.status()).isEqualTo(503);
			assertThat(page.body()).contains("momentanément indisponible").doesNotContain("Exception");
		}
		finally {
			store = restart();
		}
		int status = 0;
		for (int tries = 0; tries < 40 && status != 200; tries++) {
			status = web.get("/modules/alpha/sections/2").status();
			if (status != 200) {
				Thread.sleep(250);
			}
		}
		assertThat(status).as("the page once the store is back").isEqualTo(200);
	}

	private static int submit(ApiClient api, String token, String id) {
		try {
			return api.post("/api/modules/alpha/quiz/attempts", token,
					"{\"submissionId\": \"" + id + "\", \"answers\": {\"q1\": [\"a\"]}}").status();
		}
		catch (RuntimeException ex) {
			return -1;
		}
	}

	private List<String> storedIds(MemberAccount member) {
		return this.mongo.find(Query.query(Criteria.where("memberId").is(member.id())), org.bson.Document.class, "attempts")
			.stream()
			.map(document -> document.get("_id").toString())
			.toList();
	}

	private static MongoServer restart() throws InterruptedException {
		for (int tries = 0;; tries++) {
			try {
				var server = new MongoServer(new H2Backend(FILE.toString()));
				server.bind("127.0.0.1", storePort);
				return server;
			}
			catch (RuntimeException ex) {
				if (tries > 20) {
					throw ex;
				}
				Thread.sleep(250);
			}
		}
	}

}
