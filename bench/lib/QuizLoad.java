import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Quiz submissions under load: {@code connections} clients, each on its own keep-alive HTTP/1.1
 * connection, posting a new graded attempt (fresh submissionId) for its own members in turn and
 * waiting for each answer. The warm-up and the measured run share one process (the client's own
 * JIT is done by the time it measures), and the client is plain blocking socket code: it costs the
 * two cores it shares with the server little more than wrk does. A client finishes the request it
 * has in flight when time is up, so every attempt sent was answered and counted.
 *
 * <pre>java QuizLoad.java URL TOKENS_FILE CONNECTIONS WARMUP_SECONDS SECONDS</pre>
 *
 * Prints {@code ACKNOWLEDGED n} and {@code REFUSED n} (warm-up and run together, for the count in
 * the store), then {@code RPS x}, {@code P50 ms}, {@code P99 ms} of the measured run.
 */
public class QuizLoad {

	private static final AtomicLong acknowledged = new AtomicLong();

	private static final AtomicLong refused = new AtomicLong();

	public static void main(String[] args) throws Exception {
		URI url = URI.create(args[0]);
		List<String> tokens = Files.readAllLines(Path.of(args[1])).stream().filter(line -> !line.isBlank()).toList();
		int connections = Integer.parseInt(args[2]);
		long warmup = Long.parseLong(args[3]) * 1_000_000_000L;
		long seconds = Long.parseLong(args[4]) * 1_000_000_000L;
		long start = System.nanoTime();
		long measureFrom = start + warmup;
		long deadline = measureFrom + seconds;
		long[][] latencies = new long[connections][];
		int[] counts = new int[connections];
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < connections; c++) {
			int client = c;
			Thread thread = new Thread(() -> {
				long[] mine = new long[1 << 16];
				int n = 0;
				// Members are split between clients: no two requests of one member at the same time.
				int perClient = Math.max(1, tokens.size() / connections);
				Connection connection = null;
				for (int turn = 0; System.nanoTime() < deadline; turn++) {
					String token = tokens.get((client + connections * (turn % perClient)) % tokens.size());
					long sent = System.nanoTime();
					try {
						if (connection == null) {
							connection = new Connection(url);
						}
						int status = connection.post(token,
								"{\"submissionId\":\"" + UUID.randomUUID() + "\",\"answers\":{}}");
						(status >= 200 && status < 300 ? acknowledged : refused).incrementAndGet();
						if (sent >= measureFrom) {
							if (n == mine.length) {
								mine = Arrays.copyOf(mine, n * 2);
							}
							mine[n++] = System.nanoTime() - sent;
						}
					}
					catch (IOException ex) {
						refused.incrementAndGet();
						connection = Connection.close(connection);
					}
					if (connection != null && connection.closing) {
						connection = Connection.close(connection);
					}
				}
				Connection.close(connection);
				latencies[client] = mine;
				counts[client] = n;
			});
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double elapsed = (System.nanoTime() - measureFrom) / 1e9;
		long[] all = new long[Arrays.stream(counts).sum()];
		int at = 0;
		for (int c = 0; c < connections; c++) {
			System.arraycopy(latencies[c], 0, all, at, counts[c]);
			at += counts[c];
		}
		Arrays.sort(all);
		System.out.printf(Locale.ROOT, "ACKNOWLEDGED %d%nREFUSED %d%nRPS %.0f%nP50 %.1f%nP99 %.1f%n",
				acknowledged.get(), refused.get(), all.length / elapsed, percentile(all, 0.50),
				percentile(all, 0.99));
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[(int) Math.min(sorted.length - 1, Math.round(p * sorted.length))] / 1e6;
	}

	/** One keep-alive HTTP/1.1 connection: a request written whole, the answer read to its end. */
	private static final class Connection {

		private final Socket socket;

		private final InputStream in;

		private final OutputStream out;

		private final String head;

		boolean closing;

		Connection(URI url) throws IOException {
			this.socket = new Socket();
			this.socket.setTcpNoDelay(true);
			this.socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 5_000);
			this.socket.setSoTimeout(30_000);
			this.in = new BufferedInputStream(this.socket.getInputStream(), 16_384);
			this.out = this.socket.getOutputStream();
			this.head = "POST " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
					+ "\r\nContent-Type: application/json\r\nAccept: application/json\r\n";
		}

		int post(String token, String body) throws IOException {
			byte[] payload = body.getBytes(StandardCharsets.UTF_8);
			this.out.write((this.head + "Authorization: Bearer " + token + "\r\nContent-Length: " + payload.length
					+ "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			this.out.write(payload);
			this.out.flush();
			String statusLine = line();
			if (statusLine.length() < 12 || !statusLine.startsWith("HTTP/1.1 ")) {
				throw new IOException("not an HTTP/1.1 answer: " + statusLine);
			}
			int status = Integer.parseInt(statusLine.substring(9, 12));
			long length = -1;
			boolean chunked = false;
			for (String header = line(); !header.isEmpty(); header = line()) {
				String lower = header.toLowerCase(Locale.ROOT);
				if (lower.startsWith("content-length:")) {
					length = Long.parseLong(lower.substring(15).trim());
				}
				else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
					chunked = true;
				}
				else if (lower.startsWith("connection:") && lower.contains("close")) {
					this.closing = true;
				}
			}
			if (chunked) {
				for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0; size = Long
					.parseLong(line().split(";")[0].trim(), 16)) {
					skip(size);
					line();
				}
				while (!line().isEmpty()) {
					// trailers
				}
			}
			else if (length >= 0) {
				skip(length);
			}
			else {
				this.closing = true;
			}
			return status;
		}

		private String line() throws IOException {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
			for (int b = this.in.read(); b != '\n'; b = this.in.read()) {
				if (b < 0) {
					throw new IOException("connection closed by the server");
				}
				if (b != '\r') {
					bytes.write(b);
				}
			}
			return bytes.toString(StandardCharsets.ISO_8859_1);
		}

		private void skip(long n) throws IOException {
			for (long left = n; left > 0;) {
				long skipped = this.in.skip(left);
				if (skipped <= 0) {
					if (this.in.read() < 0) {
						throw new IOException("connection closed by the server");
					}
					skipped = 1;
				}
				left -= skipped;
			}
		}

		static Connection close(Connection connection) {
			if (connection != null) {
				try {
					connection.socket.close();
				}
				catch (IOException ignored) {
					// the connection is dropped either way
				}
			}
			return null;
		}

	}

}
