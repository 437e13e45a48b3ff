package fr.egide.scheduling;

import org.springframework.data.mongodb.repository.MongoRepository;

interface RosterRepository extends MongoRepository<SessionRoster, String> {

}
