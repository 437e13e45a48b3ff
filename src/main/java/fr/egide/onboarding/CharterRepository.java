package fr.egide.onboarding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CharterRepository extends MongoRepository<Charter, String> {

	Optional<Charter> findFirstByPoleIdOrderByVersionDesc(String poleId);

	List<Charter> findByPoleIdOrderByVersionDesc(String poleId);

	Optional<Charter> findByPoleIdAndVersion(String poleId, int version);

}
