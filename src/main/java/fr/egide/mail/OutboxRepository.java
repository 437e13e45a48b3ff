package fr.egide.mail;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface OutboxRepository extends MongoRepository<OutboxEntry, String> {

	List<OutboxEntry> findBy(Pageable pageable);

}
