package fr.egide.onboarding;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CharterAcknowledgementRepository extends MongoRepository<CharterAcknowledgement, String> {

	List<CharterAcknowledgement> findByPoleIdAndVersionOrderByAtDesc(String poleId, int version);

	List<CharterAcknowledgement> findByMemberId(String memberId);

}
