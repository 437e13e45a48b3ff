package fr.egide.quiz;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AttemptRepository extends MongoRepository<Attempt, String> {

	java.util.List<Attempt> findByMemberIdOrderBySubmittedAt(String memberId);

	long countByMemberIdAndModuleIdAndModuleVersion(String memberId, String moduleId, int moduleVersion);

}
