package fr.egide.quiz;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** An attempt that cannot be graded as sent; the message says what to change. */
public class AttemptRejectedException extends ResponseStatusException {

	AttemptRejectedException(HttpStatus status, String message) {
		super(status, message);
	}

}
