import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.h2.mvstore.MVStore;

/**
 * The ceiling of QCM submissions on the embedded store: the two writes Égide makes for each graded
 * attempt (the attempt inserted, then the member's progress entry replaced with its new attempt id
 * and version), with nothing else around them: no HTTP, no security, no grading, no Spring. The
 * store is opened as Égide opens it (its own backend class, a compressed file, a cache of a
 * thirty-second of the heap) on a copy of the bench's data file, and reached through the same
 * MongoDB driver over loopback, in one process, as in Égide. {@code clients} threads each write
 * for their own members in turn and wait for each answer, like the QCM load client.
 *
 * <pre>java -cp EGIDE_JAR:CLASSES StoreFloor DATA_FILE CLIENTS WARMUP_SECONDS SECONDS</pre>
 *
 * Prints {@code RPS x} (attempts/s), {@code P50 ms}, {@code P99 ms} and {@code CPU_MS x}, the
 * process CPU per attempt, of the measured run.
 */
public class StoreFloor {

	private static final int MEMBERS = 256;

	public static void main(String[] args) throws Exception {
		MVStore file = new MVStore.Builder().fileName(args[0])
			.autoCompactFillRate(90)
			.cacheSize((int) Math.max(2, Math.min(64, Runtime.getRuntime().maxMemory() / 32 / (1024 * 1024))))
			.compress()
			.open();
		file.setRetentionTime(45_000);
		file.setVersionsToKeep(600);
		// Égide's backend (fr.egide.system.EmbeddedBackend) is package-private: it is built reflectively.
		Constructor<?> backend = Class.forName("fr.egide.system.EmbeddedBackend").getDeclaredConstructor(MVStore.class);
		backend.setAccessible(true);
		MongoServer server = new MongoServer((MongoBackend) backend.newInstance(file));
		server.bind("127.0.0.1", 0);
		var address = server.getLocalAddress();
		int clients = Integer.parseInt(args[1]);
		long measureFrom = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
		long deadline = measureFrom + Long.parseLong(args[3]) * 1_000_000_000L;
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort() + "/egide")) {
			var database = client.getDatabase("egide");
			MongoCollection<Document> attempts = database.getCollection("attempts");
			MongoCollection<Document> progress = database.getCollection("progress");
			Document[] entries = new Document[MEMBERS];
			for (int m = 0; m < MEMBERS; m++) {
				entries[m] = progressEntry(m);
				progress.deleteOne(Filters.eq("_id", entries[m].getString("_id")));
				progress.insertOne(entries[m]);
			}
			long[][] latencies = new long[clients][];
			int[] counts = new int[clients];
			long[] cpuFrom = new long[1];
			List<Thread> threads = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				int me = c;
				Thread thread = new Thread(() -> {
					long[] mine = new long[1 << 16];
					int n = 0;
					for (int turn = 0; System.nanoTime() < deadline; turn++) {
						int member = (me + clients * (turn % Math.max(1, MEMBERS / clients))) % MEMBERS;
						long sent = System.nanoTime();
						String attemptId = UUID.randomUUID().toString();
						attempts.insertOne(attempt(attemptId, member));
						// The progress entry as Égide keeps it after its last write (it caches it), saved
						// under its version like Spring Data's versioned save.
						Document entry = entries[member];
						long version = entry.getLong("version");
						entry.getList("attemptIds", String.class).add(attemptId);
						entry.put("version", version + 1);
						entry.put("lastSeenAt", new Date());
						progress.replaceOne(new Document("_id", entry.getString("_id")).append("version", version), entry);
						if (sent >= measureFrom) {
							if (n == mine.length) {
								mine = Arrays.copyOf(mine, n * 2);
							}
							mine[n++] = System.nanoTime() - sent;
						}
					}
					latencies[me] = mine;
					counts[me] = n;
				});
				threads.add(thread);
				thread.start();
			}
			Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
			cpuFrom[0] = processCpuNanos();
			for (Thread thread : threads) {
				thread.join();
			}
			long cpu = processCpuNanos() - cpuFrom[0];
			double elapsed = (System.nanoTime() - measureFrom) / 1e9;
			long[] all = new long[Arrays.stream(counts).sum()];
			int at = 0;
			for (int c = 0; c < clients; c++) {
				System.arraycopy(latencies[c], 0, all, at, counts[c]);
				at += counts[c];
			}
			Arrays.sort(all);
			System.out.printf(Locale.ROOT, "RPS %.0f%nP50 %.1f%nP99 %.1f%nCPU_MS %.2f%n", all.length / elapsed,
					percentile(all, 0.50), percentile(all, 0.99), cpu / 1e6 / Math.max(1, all.length));
		}
		finally {
			server.shutdownNow();
			file.close();
		}
	}

	/** Shaped like the attempt Égide stores for a QCM of five questions. */
	private static Document attempt(String id, int member) {
		var answers = new Document();
		var outcomes = new ArrayList<Document>();
		for (int q = 1; q <= 5; q++) {
			answers.append("q" + q, List.of("b"));
			outcomes.add(new Document("questionId", "q" + q).append("correct", q % 2 == 0));
		}
		return new Document("_id", id).append("memberId", memberId(member))
			.append("poleId", "floor-pole")
			.append("organisationId", "floor-organisation")
			.append("moduleId", "confidentialite")
			.append("moduleVersion", 1)
			.append("answers", answers)
			.append("outcomes", outcomes)
			.append("score", 40)
			.append("passMark", 80)
			.append("passed", false)
			.append("submittedAt", new Date())
			.append("_class", "fr.egide.quiz.Attempt");
	}

	private static Document progressEntry(int member) {
		return new Document("_id", memberId(member) + ":confidentialite").append("version", 0L)
			.append("memberId", memberId(member))
			.append("poleId", "floor-pole")
			.append("organisationId", "floor-organisation")
			.append("moduleId", "confidentialite")
			.append("moduleVersion", 1)
			.append("sectionsRead", new ArrayList<>(List.of(1, 2, 3)))
			.append("lastSection", 3)
			.append("secondsSpent", 420L)
			.append("startedAt", new Date())
			.append("lastSeenAt", new Date())
			.append("attemptIds", new ArrayList<String>())
			.append("attendedSessionIds", new ArrayList<String>())
			.append("bestScore", 40)
			.append("passed", false)
			.append("_class", "fr.egide.learning.ModuleProgress");
	}

	private static String memberId(int member) {
		return String.format(Locale.ROOT, "floor-member-%03d", member);
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[(int) Math.min(sorted.length - 1, Math.round(p * sorted.length))] / 1e6;
	}

	/** User and system time of this process, from /proc (Linux). */
	private static long processCpuNanos() throws Exception {
		String stat = Files.readString(Path.of("/proc/self/stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
	}

}
