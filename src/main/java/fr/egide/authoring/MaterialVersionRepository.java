package fr.egide.authoring;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface MaterialVersionRepository extends MongoRepository<MaterialVersion, String> {

	List<MaterialVersion> findByCourseIdOrderByNumberAsc(String courseId);

	List<MaterialVersion> findByOwnerIdOrderByUploadedAtDesc(String ownerId);

	List<MaterialVersion> findByState(MaterialVersion.State state);

}
