package fr.egide.scheduling;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CampaignRepository extends MongoRepository<Campaign, String> {

	List<Campaign> findByPoleId(String poleId);

	List<Campaign> findByState(CampaignState state);

}
