package fr.egide.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface AuditEntryRepository extends MongoRepository<AuditEntry, String> {

	List<AuditEntry> findByPoleIdOrderByAtDesc(String poleId, Pageable page);

	List<AuditEntry> findByPoleIdAndTargetIdOrderByAtDesc(String poleId, String targetId, Pageable page);

}
