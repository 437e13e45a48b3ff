package fr.egide.scheduling;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface SpeakerInvitationRepository extends MongoRepository<SpeakerInvitation, String> {

	List<SpeakerInvitation> findBySpeakerId(String speakerId);

	List<SpeakerInvitation> findByPoleId(String poleId);

}
