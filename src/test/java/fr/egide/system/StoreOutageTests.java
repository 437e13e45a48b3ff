package fr.egide.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ServerId;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.UncategorizedMongoDbException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class StoreOutageTests {

	private final ServerId server = new ServerId(new ClusterId(), new ServerAddress("127.0.0.1", 27017));

	/** What a request met while the embedded store restarted under load (seen in StoreFailureTests). */
	private final UncategorizedMongoDbException pausedPool = new UncategorizedMongoDbException("paused",
			new MongoConnectionPoolClearedException(this.server,
					new MongoSocketOpenException("Exception opening socket", this.server.getAddress())));

	@Test
	void aPausedConnectionPoolIsAnOutageToRetryAndOtherUncategorizedErrorsAreNot() {
		assertThat(StoreOutage.causes(this.pausedPool)).isTrue();
		assertThat(StoreOutage.causes(new UncategorizedMongoDbException("bad update", new IllegalStateException())))
			.isFalse();
	}

	@Test
	void theApiAnswers503WithRetryAfterForAPausedPool() {
		var errors = new ApiErrors();
		ResponseEntity<Map<String, String>> answer = errors.uncategorized(this.pausedPool);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
		assertThat(answer.getBody()).containsEntry("error", "store-unavailable");
		assertThat(errors.uncategorized(new UncategorizedMongoDbException("bad", new IllegalStateException()))
			.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
	}

}
