package fr.egide.directory;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A pôle de compétitivité: the unit whose data is isolated from every other. */
@Document("poles")
public record Pole(@Id String id, @Indexed(unique = true) String name, Instant createdAt) {
}
