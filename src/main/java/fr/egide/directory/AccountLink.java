package fr.egide.directory;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Puts one account in a group of accounts of the same person in different poles, linked by
 * a platform admin so that person can switch pole without signing in again.
 */
@Document("account_links")
record AccountLink(@Id String memberId, @Indexed String groupId) {
}
