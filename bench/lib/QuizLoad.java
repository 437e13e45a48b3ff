import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Quiz submissions under load: {@code connections} clients, each posting a new graded attempt
 * (fresh submissionId) for its own members in turn, waiting for each answer. A client finishes
 * the request it has in flight when time is up, so every attempt sent was answered and counted.
 *
 * <pre>java QuizLoad.java URL TOKENS_FILE CONNECTIONS SECONDS</pre>
 *
 * Prints {@code ACKNOWLEDGED n}, {@code REFUSED n}, {@code RPS x}, {@code P50 ms}, {@code P99 ms}.
 */
public class QuizLoad {

	public static void main(String[] args) throws Exception {
		URI url = URI.create(args[0]);
		List<String> tokens = Files.readAllLines(Path.of(args[1])).stream().filter(line -> !line.isBlank()).toList();
		int connections = Integer.parseInt(args[2]);
		long seconds = Long.parseLong(args[3]);
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		AtomicLong acknowledged = new AtomicLong();
		AtomicLong refused = new AtomicLong();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		List<Thread> threads = new ArrayList<>();
		long start = System.nanoTime();
		for (int c = 0; c < connections; c++) {
			int client0 = c;
			Thread thread = new Thread(() -> {
				// Members are split between clients: no two requests of one member at the same time.
				int turn = 0;
				while (System.nanoTime() < deadline) {
					int index = client0 + connections * (turn++ % Math.max(1, tokens.size() / connections));
					String token = tokens.get(index % tokens.size());
					String body = "{\"submissionId\":\"" + UUID.randomUUID() + "\",\"answers\":{}}";
					HttpRequest request = HttpRequest.newBuilder(url)
						.header("Authorization", "Bearer " + token)
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build();
					long sent = System.nanoTime();
					try {
						int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
						latencies.add(System.nanoTime() - sent);
						(status >= 200 && status < 300 ? acknowledged : refused).incrementAndGet();
					}
					catch (Exception ex) {
						refused.incrementAndGet();
					}
				}
			});
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf("ACKNOWLEDGED %d%nREFUSED %d%nRPS %.0f%nP50 %.1f%nP99 %.1f%n", acknowledged.get(), refused.get(),
				latencies.size() / elapsed, percentile(sorted, 0.50), percentile(sorted, 0.99));
	}

	private static double percentile(List<Long> sorted, double p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = (int) Math.min(sorted.size() - 1, Math.round(p * sorted.size()));
		return sorted.get(index) / 1e6;
	}

}
