package fr.egide.scheduling;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface SessionRepository extends MongoRepository<TrainingSession, String> {

	List<TrainingSession> findBySpeakerId(String speakerId);

	List<TrainingSession> findByPoleIdsContaining(String poleId);

}
