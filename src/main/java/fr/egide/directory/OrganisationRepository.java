package fr.egide.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface OrganisationRepository extends MongoRepository<Organisation, String> {

	List<Organisation> findByPoleIdOrderByName(String poleId);

	Optional<Organisation> findByPoleIdAndName(String poleId, String name);

}
