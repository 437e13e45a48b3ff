package fr.egide.scheduling;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A member's secret calendar address: whoever has the token reads their feeds, so it can be replaced. */
@Document("calendar_keys")
record CalendarKey(@Id String memberId, @Indexed(unique = true) String token, Instant createdAt) {
}
