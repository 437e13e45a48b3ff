package fr.egide.scorm;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ImportedPackageRepository extends MongoRepository<ImportedPackage, String> {

	List<ImportedPackage> findByOwnerIdOrderByImportedAtDesc(String ownerId);

}
