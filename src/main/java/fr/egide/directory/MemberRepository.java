package fr.egide.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface MemberRepository extends MongoRepository<Member, String> {

	Optional<Member> findByEmail(String email);

	boolean existsByRolesContaining(Role role);

	long countByPoleIdAndActiveTrue(String poleId);

	List<Member> findByPoleIdAndOrganisationIdOrderByDisplayName(String poleId, String organisationId);

	List<Member> findByPoleIdAndRolesContainingAndActiveTrue(String poleId, Role role);

}
