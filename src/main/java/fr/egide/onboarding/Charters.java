package fr.egide.onboarding;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.egide.catalog.ContentProblem;
import fr.egide.catalog.MarkdownRenderer;
import fr.egide.security.EgideUser;
import fr.egide.system.ShortLived;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Each pole's confidentiality charter: publishing a version, and who acknowledged which.
 * A new version asks every member again, since acknowledgements are per version.
 */
@Service
public class Charters {

	static final int MAX_LENGTH = 100_000;

	private final CharterRepository charters;

	private final CharterAcknowledgementRepository acknowledgements;

	private final MarkdownRenderer markdown;

	private final Clock clock;

	private final ShortLived<String, Optional<Charter>> currentByPole = new ShortLived<>(Duration.ofSeconds(1), 10_000);

	Charters(CharterRepository charters, CharterAcknowledgementRepository acknowledgements, MarkdownRenderer markdown,
			Clock clock) {
		this.charters = charters;
		this.acknowledgements = acknowledgements;
		this.markdown = markdown;
		this.clock = clock;
	}

	/** The pole's current charter, asked of the store at most once a second (every page checks it). */
	Optional<Charter> current(String poleId) {
		return poleId == null ? Optional.empty()
				: this.currentByPole.get(poleId, this.charters::findFirstByPoleIdOrderByVersionDesc);
	}

	List<Charter> versions(String poleId) {
		return this.charters.findByPoleIdOrderByVersionDesc(poleId);
	}

	String html(Charter charter) {
		return this.markdown.block(charter.markdown());
	}

	/** What is wrong with a draft, line by line; empty when it can be published. */
	List<ContentProblem> problems(String draft) {
		if (draft == null || draft.isBlank()) {
			return List.of(new ContentProblem("charte", 1, "the charter is empty"));
		}
		if (draft.length() > MAX_LENGTH) {
			return List.of(new ContentProblem("charte", 1, "the charter is longer than " + MAX_LENGTH + " characters"));
		}
		return this.markdown.problems(draft, "charte");
	}

	/** Publishes the next version; call {@link #problems} first. */
	Charter publish(EgideUser admin, String poleId, String draft) {
		int next = this.charters.findFirstByPoleIdOrderByVersionDesc(poleId).map(Charter::version).orElse(0) + 1;
		try {
			return this.charters.insert(new Charter(UUID.randomUUID().toString(), poleId, next, draft.strip(),
					this.clock.instant(), admin.displayName()));
		}
		catch (DuplicateKeyException ex) {
			throw new IllegalStateException("Another admin published a charter at the same moment; reload", ex);
		}
		finally {
			this.currentByPole.evict(poleId);
		}
	}

	public boolean hasCharter(String poleId) {
		return current(poleId).isPresent();
	}

	/** Publishes the next version under the platform's name, for seeding a pole (the demo). */
	public void publishAsPlatform(String poleId, String draft) {
		int next = this.charters.findFirstByPoleIdOrderByVersionDesc(poleId).map(Charter::version).orElse(0) + 1;
		this.charters.insert(new Charter(UUID.randomUUID().toString(), poleId, next, draft.strip(), this.clock.instant(),
				"Égide"));
		this.currentByPole.evict(poleId);
	}

	/** Whether this member may start courses: their pole has no charter, or they acknowledged its current version. */
	public boolean cleared(String poleId, String memberId) {
		return current(poleId).map(charter -> acknowledged(charter, memberId)).orElse(true);
	}

	boolean acknowledged(Charter charter, String memberId) {
		return this.acknowledgements
			.existsById(CharterAcknowledgement.idOf(charter.poleId(), memberId, charter.version()));
	}

	void acknowledge(Charter charter, String memberId, String ip) {
		String id = CharterAcknowledgement.idOf(charter.poleId(), memberId, charter.version());
		if (!this.acknowledgements.existsById(id)) {
			this.acknowledgements
				.save(new CharterAcknowledgement(id, charter.poleId(), memberId, charter.version(), this.clock.instant(), ip));
		}
	}

	List<CharterAcknowledgement> acknowledgements(Charter charter) {
		return this.acknowledgements.findByPoleIdAndVersionOrderByAtDesc(charter.poleId(), charter.version());
	}

	/** Members (among {@code memberIds}) who acknowledged the pole's current charter; none when there is no charter. */
	Set<String> acknowledgedAmong(String poleId, List<String> memberIds) {
		return current(poleId).map(charter -> acknowledgements(charter).stream()
			.map(CharterAcknowledgement::memberId)
			.filter(memberIds::contains)
			.collect(Collectors.toSet())).orElse(Set.of());
	}

	List<CharterAcknowledgement> acknowledgementsOf(String memberId) {
		return this.acknowledgements.findByMemberId(memberId);
	}

	/** Keeps the fact of each acknowledgement but drops the address it came from. */
	void forgetAddresses(String memberId) {
		this.acknowledgements.findByMemberId(memberId)
			.forEach(ack -> this.acknowledgements.save(new CharterAcknowledgement(ack.id(), ack.poleId(),
					ack.memberId(), ack.version(), ack.at(), null)));
	}

}
