package fr.egide;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running server's JSON API as an integration would. */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	public ApiClient(int port) {
		this.base = "http://localhost:" + port;
	}

	/** A response: its status and its body parsed as JSON (null when empty or not JSON). */
	public record Response(int status, JsonNode body, String raw) {
	}

	public String token(String email, String password) {
		var response = post("/api/auth/token", null,
				JSON.createObjectNode().put("email", email).put("password", password).toString());
		if (response.status() != 200) {
			throw new IllegalStateException("token request failed: " + response.status() + " " + response.raw());
		}
		return response.body().get("token").asString();
	}

	public Response get(String path, String token) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET(), token);
	}

	public Response post(String path, String token, String json) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)), token);
	}

	public static JsonMapper json() {
		return JSON;
	}

	private Response send(HttpRequest.Builder request, String token) {
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			var response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode body = null;
			try {
				body = response.body().isBlank() ? null : JSON.readTree(response.body());
			}
			catch (RuntimeException ex) {
				// not JSON: callers look at raw
			}
			return new Response(response.statusCode(), body, response.body());
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
