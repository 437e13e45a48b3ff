package fr.egide.directory;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AccountLinkRepository extends MongoRepository<AccountLink, String> {

	List<AccountLink> findByGroupId(String groupId);

}
