package fr.egide.directory;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PoleRepository extends MongoRepository<Pole, String> {

	Optional<Pole> findByName(String name);

}
