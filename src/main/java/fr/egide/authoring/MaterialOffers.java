package fr.egide.authoring;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.egide.directory.Pole;
import fr.egide.directory.Role;
import fr.egide.scheduling.Speakers;
import fr.egide.security.EgideUser;

import org.springframework.stereotype.Service;

/**
 * Offers of a course to poles, their administrators' decisions, and who may see which material:
 * its author and platform admins everything; a pole admin what was offered to their pole; a
 * member the published versions their pole accepted.
 */
@Service
class MaterialOffers {

	private final MaterialOfferRepository offers;

	private final MaterialLibrary library;

	private final Speakers speakers;

	private final Clock clock;

	private final OfferMail mail;

	MaterialOffers(MaterialOfferRepository offers, MaterialLibrary library, Speakers speakers, Clock clock,
			OfferMail mail) {
		this.mail = mail;
		this.offers = offers;
		this.library = library;
		this.speakers = speakers;
		this.clock = clock;
	}

	/** The poles this user may offer material to: their own and those that invited them as a speaker. */
	List<Pole> targets(EgideUser user) {
		return this.speakers.polesFor(user);
	}

	List<MaterialOffer> ofCourse(String courseId) {
		return this.offers.findByCourseId(courseId);
	}

	List<MaterialOffer> forPole(String poleId) {
		return this.offers.findByPoleId(poleId);
	}

	/**
	 * Offers the course to these poles. A pole admin offering to their own pole (or a platform
	 * admin) accepts at the same time; poles the user may not reach are ignored.
	 */
	void offer(EgideUser user, String courseId, String courseTitle, Collection<String> poleIds) {
		Set<String> allowed = targets(user).stream().map(Pole::id).collect(Collectors.toSet());
		var now = this.clock.instant();
		for (String poleId : poleIds) {
			if (!allowed.contains(poleId)) {
				continue;
			}
			var existing = this.offers.findById(MaterialOffer.idOf(courseId, poleId));
			if (existing.filter(MaterialOffer::assignable).isPresent()) {
				continue;
			}
			boolean decides = user.has(Role.PLATFORM_ADMIN)
					|| (user.has(Role.POLE_ADMIN) && poleId.equals(user.poleId()));
			var offer = new MaterialOffer(MaterialOffer.idOf(courseId, poleId), courseId, poleId,
					MaterialOffer.State.OFFERED, user.memberId(), now, null, null);
			this.offers.save(decides ? offer.decided(MaterialOffer.State.ACCEPTED, user.memberId(), now) : offer);
			if (!decides) {
				this.mail.offered(poleId, courseTitle, user.displayName());
			}
		}
		this.library.changed();
	}

	/** A pole admin's decision on an offer to their pole: accept, decline, or withdraw it later. */
	Optional<MaterialOffer> decide(EgideUser admin, String courseId, MaterialOffer.State next) {
		if (admin.poleId() == null) {
			return Optional.empty();
		}
		var decided = this.offers.findById(MaterialOffer.idOf(courseId, admin.poleId()))
			.map(offer -> this.offers.save(offer.decided(next, admin.memberId(), this.clock.instant())));
		decided.ifPresent(offer -> this.library.changed());
		return decided;
	}

	/** The author stops offering the course: hidden from new assignments everywhere, records kept. */
	void withdrawEverywhere(EgideUser author, String courseId) {
		var now = this.clock.instant();
		ofCourse(courseId).stream()
			.filter(offer -> offer.state() == MaterialOffer.State.OFFERED || offer.assignable())
			.forEach(offer -> this.offers.save(offer.decided(
					offer.assignable() ? MaterialOffer.State.WITHDRAWN : MaterialOffer.State.DECLINED,
					author.memberId(), now)));
		this.library.changed();
	}

	boolean isAuthor(EgideUser user, MaterialVersion version) {
		return user.has(Role.PLATFORM_ADMIN) || version.ownerId().equals(user.memberId());
	}

	/** Whether the user may read this version: its author, or an admin of a pole it was offered to. */
	boolean mayReview(EgideUser user, MaterialVersion version) {
		return isAuthor(user, version) || (version.published() && user.has(Role.POLE_ADMIN) && user.poleId() != null
				&& this.offers.findById(MaterialOffer.idOf(version.courseId(), user.poleId())).isPresent());
	}

	/** Whether the user may see this version's images: reviewers, and members of poles that accepted it. */
	boolean mayView(EgideUser user, MaterialVersion version) {
		return mayReview(user, version) || (version.published() && user.poleId() != null
				&& this.offers.findById(MaterialOffer.idOf(version.courseId(), user.poleId()))
					.filter(MaterialOffer::readable)
					.isPresent());
	}

}
