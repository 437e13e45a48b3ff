package fr.egide.quiz;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AttemptRepository extends MongoRepository<Attempt, String> {

	long countByMemberIdAndModuleIdAndModuleVersion(String memberId, String moduleId, int moduleVersion);

}
