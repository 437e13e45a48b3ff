package fr.egide.learning;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AttestationRepository extends MongoRepository<Attestation, String> {

	Optional<Attestation> findByCode(String code);

}
