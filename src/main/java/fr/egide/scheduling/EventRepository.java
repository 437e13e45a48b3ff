package fr.egide.scheduling;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface EventRepository extends MongoRepository<PoleEvent, String> {

	List<PoleEvent> findByPoleId(String poleId);

}
