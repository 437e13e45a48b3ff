package fr.egide.scorm;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ScormAttemptRepository extends MongoRepository<ScormAttempt, String> {

}
