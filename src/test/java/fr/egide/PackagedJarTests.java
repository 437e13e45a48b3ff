package fr.egide;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar as a pole runs it (README, Dockerfile, bench/run): {@code java -Dspring.aot.enabled=true -jar
 * egide.jar} follows the ahead-of-time start-up plan built into the jar, which every other test bypasses
 * (they build their context the regular way). Runs after {@code package}, on {@code target/egide.jar}.
 */
class PackagedJarTests {

	private static final Path JAR = Path.of("target/egide.jar");

	private static final Pattern SEEDED = Pattern.compile("pole admin (\\S+) share the password (\\S+)");

	@Test
	void theAheadOfTimeStartedJarServesAMemberAndThePoleAdmin(@TempDir Path dir) throws Exception {
		Path data = dir.resolve("data");
		// A command runs the regular way even when the flag is given: the plan is the web server's.
		var seed = java(dir.resolve("seed.log"), List.of("seed", "--members=3", "--egide.data-dir=" + data));
		assertThat(seed.waitFor(3, TimeUnit.MINUTES)).isTrue();
		String seedLog = Files.readString(dir.resolve("seed.log"));
		assertThat(seed.exitValue()).as(seedLog).isZero();
		var seeded = SEEDED.matcher(seedLog);
		assertThat(seeded.find()).as(seedLog).isTrue();
		String admin = seeded.group(1);
		String password = seeded.group(2);
		String member = "membre-000001@" + admin.substring(admin.indexOf('@') + 1);

		int port = freePort();
		Path log = dir.resolve("server.log");
		var server = java(log, List.of("--server.port=" + port, "--egide.data-dir=" + data));
		try {
			awaitHealth(server, port, log);
			assertThat(Files.readString(log)).contains("Starting AOT-processed EgideApplication")
				.contains("Data store: embedded");

			var web = new WebClient(port);
			assertThat(web.login(member, password).redirectsTo("/login")).isFalse();
			var section = web.get("/modules/confidentialite/sections/2");
			assertThat(section.status()).isEqualTo(200);
			assertThat(section.body()).contains("<h1");

			var api = new ApiClient(port);
			String token = api.token(member, password);
			var attempt = api.post("/api/modules/confidentialite/quiz/attempts", token,
					"{\"submissionId\": \"" + UUID.randomUUID() + "\", \"answers\": {}}");
			assertThat(attempt.status()).as(attempt.raw()).isEqualTo(200);
			assertThat(attempt.body().get("score").asInt()).isZero();

			var completion = api.get("/api/admin/completion", api.token(admin, password));
			assertThat(completion.status()).as(completion.raw()).isEqualTo(200);
			assertThat(completion.body().get("members").asInt()).as("three members and their pole admin").isEqualTo(4);
		}
		finally {
			stop(server);
		}
	}

	/** What the plan fixed at build time (no MongoDB URI, no profile) is still decided when the jar starts. */
	@Test
	void theAheadOfTimeStartedJarStillTakesAMongoUriAndTheDemoProfile(@TempDir Path dir) throws Exception {
		var mongo = new MongoServer(new H2Backend(MVStore.open(null)));
		var address = mongo.bind();
		int port = freePort();
		Path log = dir.resolve("server.log");
		var server = java(log,
				List.of("--server.port=" + port, "--egide.data-dir=" + dir.resolve("data"),
						"--spring.mongodb.uri=mongodb://127.0.0.1:" + address.getPort() + "/egide",
						"--spring.profiles.active=demo"),
				Map.of("EGIDE_DEMO_PASSWORD", "packaged-demo-password"));
		try {
			awaitHealth(server, port, log);
			assertThat(Files.readString(log)).contains("Starting AOT-processed EgideApplication")
				.contains("Data store: external MongoDB");
			assertThat(new WebClient(port).login("admin@demo.egide.test", "packaged-demo-password")
				.redirectsTo("/login")).as(Files.readString(log)).isFalse();
			assertThat(Files.exists(dir.resolve("data/egide.mv"))).isFalse();
		}
		finally {
			stop(server);
			mongo.shutdownNow();
		}
	}

	private static Process java(Path log, List<String> args) throws IOException {
		return java(log, args, Map.of());
	}

	private static Process java(Path log, List<String> args, Map<String, String> env) throws IOException {
		assertThat(JAR).as("run after ./mvnw package").exists();
		var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dspring.aot.enabled=true", "-jar", JAR.toString()));
		command.addAll(args);
		command.addAll(List.of("--egide.content.courses=courses", "--egide.content.quizzes=quizzes"));
		var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(env);
		return builder.start();
	}

	private static void awaitHealth(Process server, int port, Path log) throws Exception {
		var http = HttpClient.newHttpClient();
		var health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (System.nanoTime() < deadline) {
			assertThat(server.isAlive()).as("the server stopped:%n%s", Files.readString(log, StandardCharsets.UTF_8))
				.isTrue();
			try {
				if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new AssertionError("no health 200 in 2 minutes:\n" + Files.readString(log));
	}

	private static void stop(Process server) throws InterruptedException {
		server.destroy();
		if (!server.waitFor(30, TimeUnit.SECONDS)) {
			server.destroyForcibly().waitFor();
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
