package fr.egide.learning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ProgressRepository extends MongoRepository<ModuleProgress, String> {

	Optional<ModuleProgress> findByMemberIdAndModuleId(String memberId, String moduleId);

	List<ModuleProgress> findByMemberId(String memberId);


}
