package fr.egide.scorm;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ScormPackageRepository extends MongoRepository<ScormPackage, String> {

	List<ScormPackage> findByOwnerIdOrderByImportedAtDesc(String ownerId);

}
