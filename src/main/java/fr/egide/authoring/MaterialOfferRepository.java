package fr.egide.authoring;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface MaterialOfferRepository extends MongoRepository<MaterialOffer, String> {

	List<MaterialOffer> findByCourseId(String courseId);

	List<MaterialOffer> findByPoleId(String poleId);

}
