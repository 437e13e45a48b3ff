package fr.egide.onboarding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PasswordResetRepository extends MongoRepository<PasswordReset, String> {

	Optional<PasswordReset> findByTokenHash(String tokenHash);

	List<PasswordReset> findByMemberIdAndUsedAtIsNull(String memberId);

}
