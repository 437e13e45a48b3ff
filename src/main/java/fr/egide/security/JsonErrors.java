package fr.egide.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** The API's {@code {"error","message"}} body, written where no controller is involved. */
final class JsonErrors {

	private JsonErrors() {
	}

	static void write(HttpServletResponse response, int status, String error, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("application/json;charset=UTF-8");
		response.getWriter().write("{\"error\":\"" + error + "\",\"message\":\"" + message + "\"}");
	}

}
