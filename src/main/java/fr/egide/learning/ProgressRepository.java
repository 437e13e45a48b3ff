package fr.egide.learning;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Progress entries, always read by id ({@code memberId:moduleId}): see {@link ModuleProgress#idOf}. */
interface ProgressRepository extends MongoRepository<ModuleProgress, String> {

}
