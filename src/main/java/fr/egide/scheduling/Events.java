package fr.egide.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Organisation;

import org.springframework.stereotype.Service;

/**
 * A pole's events and who takes part. Every change is passed on to the event's trade-fair
 * campaign at once (generated, moved, launched or cancelled with it).
 */
@Service
class Events {

	private final EventRepository events;

	private final Campaigns campaigns;

	private final Directory directory;

	private final Clock clock;

	Events(EventRepository events, Campaigns campaigns, Directory directory, Clock clock) {
		this.events = events;
		this.campaigns = campaigns;
		this.directory = directory;
		this.clock = clock;
	}

	PoleEvent create(String poleId, EventDetails details) {
		Instant now = this.clock.instant();
		PoleEvent event = this.events.insert(new PoleEvent(UUID.randomUUID().toString(), poleId, details.name(),
				details.place(), details.country(), details.startsOn(), details.endsOn(), details.website(), Set.of(),
				Set.of(), false, 0, now, now));
		this.campaigns.forEvent(event);
		return event;
	}

	PoleEvent update(PoleEvent event, EventDetails details) {
		PoleEvent saved = this.events.save(event.withDetails(details, this.clock.instant()));
		this.campaigns.forEvent(saved);
		return saved;
	}

	PoleEvent cancel(PoleEvent event) {
		PoleEvent saved = this.events.save(event.cancel(this.clock.instant()));
		this.campaigns.forEvent(saved);
		return saved;
	}

	/** Replaces the participants with those picked (ids of other poles are ignored). */
	PoleEvent setParticipants(PoleEvent event, Set<String> organisationIds, Set<String> memberIds) {
		Set<String> organisations = new LinkedHashSet<>();
		organisationIds.forEach(id -> this.directory.organisation(event.poleId(), id)
			.ifPresent(org -> organisations.add(org.id())));
		Set<String> members = new LinkedHashSet<>();
		memberIds.forEach(id -> this.directory.member(event.poleId(), id).ifPresent(member -> members.add(member.id())));
		PoleEvent saved = this.events.save(event.withParticipants(organisations, members, this.clock.instant()));
		this.campaigns.forEvent(saved);
		return saved;
	}

	/** Adds the participants a CSV file names; nothing changes when any row does not match. */
	ParticipantsCsv.Result importParticipants(PoleEvent event, byte[] content) {
		var result = ParticipantsCsv.read(content, this.directory.organisations(event.poleId()),
				email -> this.directory.findByEmail(email)
					.filter(member -> member.poleId().equals(event.poleId()))
					.orElse(null));
		if (result.valid()) {
			Set<String> organisations = new LinkedHashSet<>(event.organisationIds());
			organisations.addAll(result.organisationIds());
			Set<String> members = new LinkedHashSet<>(event.memberIds());
			members.addAll(result.memberIds());
			setParticipants(event, organisations, members);
		}
		return result;
	}

	Optional<PoleEvent> find(String poleId, String id) {
		return this.events.findById(id).filter(event -> event.poleId().equals(poleId));
	}

	/** The pole's events, soonest first. */
	List<PoleEvent> ofPole(String poleId) {
		return this.events.findByPoleId(poleId).stream().sorted(Comparator.comparing(PoleEvent::startsOn)).toList();
	}

	List<Organisation> organisations(String poleId) {
		return this.directory.organisations(poleId);
	}

	List<MemberAccount> members(PoleEvent event) {
		return event.memberIds().stream().flatMap(id -> this.directory.member(event.poleId(), id).stream()).toList();
	}

}
