package fr.egide.system;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every API error answers {@code {"error", "message"}} with a fitting status, never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<Map<String, String>> status(ResponseStatusException ex) {
		return body(ex.getStatusCode(), ex.getReason() != null ? ex.getReason() : ex.getMessage());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException ex) {
		return body(HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected shape.");
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<Map<String, String>> invalid(MethodArgumentNotValidException ex) {
		var first = ex.getBindingResult().getFieldErrors().stream().findFirst();
		String message = first.map(error -> error.getField() + ": " + error.getDefaultMessage())
			.orElse("The request is invalid.");
		return body(HttpStatus.BAD_REQUEST, message);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Map<String, String>> mismatch(MethodArgumentTypeMismatchException ex) {
		return body(HttpStatus.BAD_REQUEST, "Invalid value for '" + ex.getName() + "'.");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException ex) {
		return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<Map<String, String>> method(HttpRequestMethodNotSupportedException ex) {
		return body(HttpStatus.METHOD_NOT_ALLOWED, ex.getMethod() + " is not supported here.");
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<Map<String, String>> notFound(NoResourceFoundException ex) {
		return body(HttpStatus.NOT_FOUND, "No such resource.");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Map<String, String>> denied(AccessDeniedException ex) {
		return body(HttpStatus.FORBIDDEN, "You are not allowed to do this.");
	}

	/** The store cannot be reached: nothing was recorded, and the same request can be sent again. */
	@ExceptionHandler({ org.springframework.dao.DataAccessResourceFailureException.class,
			org.springframework.dao.TransientDataAccessException.class })
	ResponseEntity<Map<String, String>> storeUnavailable(Exception ex) {
		log.warn("Data store unavailable: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header("Retry-After", "5")
			.body(Map.of("error", "store-unavailable", "message", "The data store is unavailable for a moment; nothing "
					+ "was recorded. Send the same request again: a quiz attempt with the same submissionId is never "
					+ "recorded twice."));
	}

	/**
	 * The driver's own errors and the ones Spring leaves uncategorized: an outage only if
	 * {@link StoreOutage} says so.
	 */
	@ExceptionHandler({ org.springframework.data.mongodb.UncategorizedMongoDbException.class,
			com.mongodb.MongoException.class })
	ResponseEntity<Map<String, String>> uncategorized(Exception ex) {
		return StoreOutage.causes(ex) ? storeUnavailable(ex) : unexpected(ex);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Map<String, String>> unexpected(Exception ex) {
		log.error("Unexpected API error", ex);
		return body(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Send the same request again: a quiz attempt with the same submissionId is never recorded twice.");
	}

	static ResponseEntity<Map<String, String>> body(HttpStatusCode status, String message) {
		String error = status instanceof HttpStatus known ? known.name().toLowerCase().replace('_', '-')
				: String.valueOf(status.value());
		return ResponseEntity.status(status).body(Map.of("error", error, "message", message));
	}

}
