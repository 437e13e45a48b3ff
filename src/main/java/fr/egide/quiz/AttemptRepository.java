package fr.egide.quiz;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AttemptRepository extends MongoRepository<Attempt, String> {

}
