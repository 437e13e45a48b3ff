package fr.egide.learning;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.egide.catalog.Course;
import fr.egide.catalog.CourseCatalog;
import fr.egide.catalog.CourseModule;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Organisation;
import fr.egide.directory.Pole;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Issues a member's attestation for a course once every module is passed, and finds one by
 * its verification code. Asking again returns the attestation issued the first time.
 */
@Service
class Attestations {

	private static final int MAX_TRIES = 5;

	private final AttestationRepository attestations;

	private final LearningProgress progress;

	private final CourseCatalog catalog;

	private final Directory directory;

	private final VerificationCodes codes;

	private final Clock clock;

	Attestations(AttestationRepository attestations, LearningProgress progress, CourseCatalog catalog,
			Directory directory, VerificationCodes codes, Clock clock) {
		this.attestations = attestations;
		this.progress = progress;
		this.catalog = catalog;
		this.directory = directory;
		this.codes = codes;
		this.clock = clock;
	}

	/** Whether the member passed every module of the course. */
	static boolean earned(Course course, Map<String, ModuleProgressView> standing) {
		return !course.moduleIds().isEmpty() && course.moduleIds()
			.stream()
			.allMatch(id -> standing.containsKey(id) && standing.get(id).status() == ProgressStatus.PASSED);
	}

	/** The member's attestation for the course, issued now if needed; empty while a module is not passed. */
	Optional<Attestation> issue(String memberId, String courseId) {
		Optional<Course> course = this.catalog.course(courseId);
		Optional<MemberAccount> member = this.directory.member(memberId).filter(account -> !account.erased());
		if (course.isEmpty() || member.isEmpty()) {
			return Optional.empty();
		}
		Map<String, ModuleProgressView> standing = this.progress.forMember(memberId);
		if (!earned(course.get(), standing)) {
			return Optional.empty();
		}
		String id = Attestation.idOf(memberId, courseId);
		for (int attempt = 1;; attempt++) {
			Optional<Attestation> existing = this.attestations.findById(id);
			if (existing.isPresent()) {
				return existing;
			}
			try {
				return Optional.of(this.attestations.insert(new Attestation(id, this.codes.next(), memberId,
						member.get().poleId(), courseId, this.clock.instant(),
						snapshot(member.get(), course.get(), standing))));
			}
			catch (DuplicateKeyException ex) {
				// issued meanwhile by another request, or (very rarely) the code is taken: look again
				if (attempt >= MAX_TRIES) {
					throw ex;
				}
			}
		}
	}

	/** The attestation a typed code designates, if any. */
	Optional<Attestation> verify(String typedCode) {
		return VerificationCodes.normalise(typedCode).flatMap(this.attestations::findByCode);
	}

	private Attestation.Snapshot snapshot(MemberAccount member, Course course,
			Map<String, ModuleProgressView> standing) {
		List<Attestation.ModuleResult> modules = course.moduleIds().stream().map(id -> {
			ModuleProgressView view = standing.get(id);
			String title = this.catalog.module(id).map(CourseModule::title).orElse(id);
			return new Attestation.ModuleResult(title, view.moduleVersion(), view.bestScore(), view.completedAt());
		}).toList();
		String organisation = this.directory.organisation(member.organisationId())
			.map(Organisation::name)
			.orElse("");
		String pole = this.directory.pole(member.poleId()).map(Pole::name).orElse("");
		return new Attestation.Snapshot(member.displayName(), organisation, pole, course.title(), modules);
	}

}
