package fr.egide.directory;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.Meta;
import org.springframework.data.mongodb.repository.MongoRepository;

interface MemberRepository extends MongoRepository<Member, String> {

	int CURSOR_BATCH = 500;

	Optional<Member> findByEmail(String email);

	boolean existsByRolesContaining(Role role);

	long countByPoleIdAndActiveTrue(String poleId);

	List<Member> findByPoleIdOrderByDisplayName(String poleId, Pageable page);

	List<Member> findByPoleIdAndOrganisationIdOrderByDisplayName(String poleId, String organisationId);

	@Meta(cursorBatchSize = CURSOR_BATCH)
	Stream<Member> streamByPoleIdOrderByDisplayNameAscIdAsc(String poleId);

	@Meta(cursorBatchSize = CURSOR_BATCH)
	Stream<Member> streamByPoleIdAndOrganisationIdOrderByDisplayNameAscIdAsc(String poleId, String organisationId);

}
