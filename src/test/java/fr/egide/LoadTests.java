package fr.egide;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Pole;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 members at once for two minutes ({@code -Degide.load.seconds} to change it) on loopback:
 * each reads the QCM sheet, submits an attempt and reads their progress, with a short pause.
 * No answer may be a 5xx, every acknowledged attempt must be stored, and the heap after a full
 * collection must stay bounded by the data stored (the test store lives in the heap: about 7 kB per
 * attempt). Figures are printed; no timing is asserted.
 */
@EgideTest
class LoadTests {

	private static final int MEMBERS = 200;

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	MongoTemplate mongo;

	@Test
	void twoHundredMembersForTwoMinutesLoseNothingAndGetNoServerError() throws Exception {
		Duration length = Duration.ofSeconds(Long.getLong("egide.load.seconds", 120));
		Pole pole = TestMembers.pole(this.directory);
		var api = new ApiClient(this.port);
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < MEMBERS; i++) {
			MemberAccount member = TestMembers.member(this.directory, pole);
			tokens.add(api.token(member.email(), TestMembers.PASSWORD));
		}
		var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		AtomicLong requests = new AtomicLong();
		AtomicLong serverErrors = new AtomicLong();
		AtomicLong otherErrors = new AtomicLong();
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		long baseline = heapAfterGc();
		Instant end = Instant.now().plus(length);
		ExecutorService members = Executors.newFixedThreadPool(MEMBERS);
		for (String token : tokens) {
			members.submit(() -> {
				while (Instant.now().isBefore(end)) {
					String id = UUID.randomUUID().toString();
					int[] statuses = { call(http, "GET", "/api/modules/alpha/quiz", token, null),
							call(http, "POST", "/api/modules/alpha/quiz/attempts", token,
									"{\"submissionId\":\"" + id + "\",\"answers\":{\"q1\":[\"a\"]}}"),
							call(http, "GET", "/api/me/progress", token, null) };
					requests.addAndGet(3);
					for (int status : statuses) {
						if (status >= 500) {
							serverErrors.incrementAndGet();
						}
						else if (status != 200) {
							otherErrors.incrementAndGet();
						}
					}
					if (statuses[1] == 200) {
						acknowledged.add(id);
					}
					pause();
				}
				return null;
			});
		}
		members.shutdown();
		assertThat(members.awaitTermination(length.toSeconds() + 120, TimeUnit.SECONDS)).isTrue();
		long after = heapAfterGc();
		long stored = this.mongo.count(Query.query(Criteria.where("_id").in(acknowledged)), "attempts");
		System.out.printf("Load: %d members, %d s, %d requests (%.0f/s), %d attempts acknowledged, %d stored, "
				+ "%d 5xx, %d other errors, heap after GC %d MB -> %d MB%n", MEMBERS, length.toSeconds(),
				requests.get(), requests.get() / (double) length.toSeconds(), acknowledged.size(), stored,
				serverErrors.get(), otherErrors.get(), baseline >> 20, after >> 20);
		assertThat(serverErrors.get()).as("5xx answers").isZero();
		assertThat(otherErrors.get()).as("other failed requests").isZero();
		assertThat(acknowledged).as("attempts were made").isNotEmpty();
		assertThat(stored).as("acknowledged = stored").isEqualTo(acknowledged.size());
		// The test store lives in the heap: what stays is the stored data (about 7 kB per attempt), not a leak.
		assertThat(after - baseline).as("heap kept after the load (bytes)").isLessThan((64L << 20) + 10_240 * stored);
	}

	private int call(HttpClient http, String method, String path, String token, String body) {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (Exception ex) {
			return -1;
		}
	}

	private static void pause() {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(200, 600));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static long heapAfterGc() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
