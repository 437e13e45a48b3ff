package fr.egide.onboarding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface InvitationRepository extends MongoRepository<Invitation, String> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	List<Invitation> findByPoleIdAndOrganisationIdOrderByCreatedAtDesc(String poleId, String organisationId);

	List<Invitation> findByPoleIdAndEmailAndStatus(String poleId, String email, Invitation.Status status);

	List<Invitation> findByMemberId(String memberId);

	List<Invitation> findByEmail(String email);

}
