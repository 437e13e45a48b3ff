package fr.egide.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page that needs the store while it cannot be reached says so (503, "try again in a moment")
 * instead of the generic failure page. JSON requests get {@link ApiErrors}' answer, which comes first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	@ExceptionHandler({ org.springframework.dao.DataAccessResourceFailureException.class,
			org.springframework.dao.TransientDataAccessException.class })
	void storeUnavailable(Exception ex, HttpServletResponse response) throws IOException {
		log.warn("Data store unavailable for a page: {}", ex.getMessage());
		response.setHeader("Retry-After", "5");
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

	/**
	 * The driver's own errors and the ones Spring leaves uncategorized: rethrown unless {@link StoreOutage}
	 * says the store could not be reached (the generic failure page then handles them).
	 */
	@ExceptionHandler({ org.springframework.data.mongodb.UncategorizedMongoDbException.class,
			com.mongodb.MongoException.class })
	void uncategorized(RuntimeException ex, HttpServletResponse response) throws IOException {
		if (!StoreOutage.causes(ex)) {
			throw ex;
		}
		storeUnavailable(ex, response);
	}

}
