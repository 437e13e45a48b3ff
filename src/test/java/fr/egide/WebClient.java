package fr.egide;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser without the browser: keeps cookies, signs in through the login form and
 * posts forms with the CSRF token the server handed out. Redirects are not followed, so tests
 * see each 302 and its {@code Location}.
 */
public final class WebClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private String csrf;

	public WebClient(int port) {
		this.base = "http://localhost:" + port;
	}

	/** A page: status, body and the redirect target when there is one. */
	public record Page(int status, String body, String location) {

		public boolean redirectsTo(String pathPrefix) {
			return (this.status == 302 || this.status == 303) && this.location != null
					&& URI.create(this.location).getPath().startsWith(pathPrefix);
		}

	}

	/**
	 * Signs in through the form; returns the login response (302 to {@code /} on success). Spring
	 * Security issues a new CSRF token on sign-in, so a page is read afterwards to pick it up.
	 */
	public Page login(String email, String password) {
		get("/login");
		var response = post("/login", Map.of("username", email, "password", password));
		if (response.status() == 302 && !response.redirectsTo("/login")) {
			get("/progress");
		}
		return response;
	}

	/** A page asked for as a browser does (which, for an error, gets the error page rather than JSON). */
	public Page get(String path) {
		var page = send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*;q=0.8").GET());
		rememberCsrf(page.body());
		return page;
	}

	/** A download's raw bytes and headers, asked for as a browser following a link does. */
	public HttpResponse<byte[]> download(String path) {
		try {
			return this.http.send(HttpRequest.newBuilder(uri(path))
				.header("Accept-Language", "fr")
				.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Posts a form with the CSRF token of the last page read (fetching {@code /login} if none). */
	public Page post(String path, Map<String, String> form) {
		if (this.csrf == null) {
			get("/login");
		}
		var fields = new LinkedHashMap<>(form);
		fields.putIfAbsent("_csrf", this.csrf);
		String body = fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		var page = send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		rememberCsrf(page.body());
		return page;
	}

	/** Posts one file as {@code multipart/form-data} under {@code field}, with extra form fields. */
	public Page upload(String path, String field, String filename, byte[] content, Map<String, String> form) {
		if (this.csrf == null) {
			get("/login");
		}
		String boundary = "----egide" + UUID.randomUUID();
		var out = new java.io.ByteArrayOutputStream();
		var fields = new LinkedHashMap<>(form);
		fields.putIfAbsent("_csrf", this.csrf);
		fields.forEach((name, value) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n"));
		write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		out.writeBytes(content);
		write(out, "\r\n--" + boundary + "--\r\n");
		var page = send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
		rememberCsrf(page.body());
		return page;
	}

	private static void write(java.io.ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : this.base + path);
	}

	private void rememberCsrf(String body) {
		var matcher = CSRF.matcher(body);
		if (matcher.find()) {
			this.csrf = matcher.group(1);
		}
	}

	/** Posts JSON with extra headers (such as the CSRF header a page's script sends). */
	public Page postJson(String path, String json, Map<String, String> headers) {
		var request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		headers.forEach(request::header);
		return send(request);
	}

	/** The headers of a GET, for checking the policies a response carries. */
	public java.net.http.HttpHeaders headers(String path) {
		return download(path).headers();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private Page send(HttpRequest.Builder request) {
		try {
			var response = this.http.send(request.header("Accept-Language", "fr").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Page(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(null));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
