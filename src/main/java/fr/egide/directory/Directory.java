package fr.egide.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.egide.directory.Organisation.OrganisationType;
import fr.egide.system.ShortLived;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Poles, organisations and members: looking them up and creating them. */
@Service
public class Directory {

	private final PoleRepository poles;

	private final OrganisationRepository organisations;

	private final MemberRepository members;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ShortLived<String, Optional<MemberAccount>> requestMembers = new ShortLived<>(Duration.ofSeconds(1),
			50_000);

	private final RosterVersions rosters;

	Directory(PoleRepository poles, OrganisationRepository organisations, MemberRepository members,
			PasswordEncoder passwordEncoder, Clock clock, ApplicationEventPublisher events, RosterVersions rosters) {
		this.rosters = rosters;
		this.poles = poles;
		this.organisations = organisations;
		this.members = members;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.events = events;
	}

	/** What it takes to create an account; the password is hashed before anything is stored. */
	public record NewMember(String poleId, String organisationId, String email, String displayName,
			String rawPassword, Set<Role> roles) {
	}

	public Optional<MemberAccount> findByEmail(String email) {
		return email == null ? Optional.empty() : this.members.findByEmail(normalise(email)).map(Member::toAccount);
	}

	public Optional<MemberAccount> member(String id) {
		return this.members.findById(id).map(Member::toAccount);
	}

	/**
	 * The member behind a signed-in request, read from the store at most once a second per
	 * member on this instance: deactivation, erasure and role or password changes made here
	 * apply to the next request, those made on another instance within a second.
	 */
	public Optional<MemberAccount> memberForRequest(String id) {
		return this.requestMembers.get(id, this::member);
	}

	public Optional<Pole> pole(String id) {
		return id == null ? Optional.empty() : this.poles.findById(id);
	}

	public List<Pole> poles() {
		return this.poles.findAll().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
	}

	public Optional<Organisation> organisation(String id) {
		return id == null ? Optional.empty() : this.organisations.findById(id);
	}

	/** An organisation only if it belongs to {@code poleId}: what every admin lookup goes through. */
	public Optional<Organisation> organisation(String poleId, String id) {
		return organisation(id).filter(organisation -> organisation.poleId().equals(poleId));
	}

	/** A member only if they belong to {@code poleId}. */
	public Optional<MemberAccount> member(String poleId, String id) {
		return member(id).filter(member -> poleId != null && poleId.equals(member.poleId()));
	}

	/** Display names of several members at once, by id (erased or unknown ids are absent). */
	public java.util.Map<String, String> displayNames(java.util.Collection<String> ids) {
		var names = new java.util.HashMap<String, String>();
		this.members.findAllById(ids).forEach(member -> names.put(member.id(), member.displayName()));
		return names;
	}

	public List<MemberAccount> membersOf(Organisation organisation) {
		return this.members.findByPoleIdAndOrganisationIdOrderByDisplayName(organisation.poleId(), organisation.id())
			.stream()
			.map(Member::toAccount)
			.toList();
	}

	/** The active administrators of a pole, to tell them about something waiting for their decision. */
	public List<MemberAccount> admins(String poleId) {
		return this.members.findByPoleIdAndRolesContainingAndActiveTrue(poleId, Role.POLE_ADMIN)
			.stream()
			.map(Member::toAccount)
			.toList();
	}

	public List<Organisation> organisations(String poleId) {
		return this.organisations.findByPoleIdOrderByName(poleId);
	}

	/** Creates a pole; refuses a name already used on this server. */
	public Pole createPole(String name) {
		String cleaned = name.strip().replaceAll("\\s+", " ");
		if (this.poles.findByName(cleaned).isPresent()) {
			throw new NameTakenException(cleaned);
		}
		return this.poles.insert(new Pole(newId(), cleaned, this.clock.instant(), null, null, null));
	}

	public Pole ensurePole(String name) {
		return this.poles.findByName(name)
			.orElseGet(() -> this.poles.insert(new Pole(newId(), name, this.clock.instant(), null, null, null)));
	}

	public Organisation ensureOrganisation(String poleId, String name, OrganisationType type) {
		return this.organisations.findByPoleIdAndName(poleId, name)
			.orElseGet(() -> this.organisations.insert(new Organisation(newId(), poleId, name, null, type,
					LocalDate.now(this.clock), List.of(), null, null, this.clock.instant())));
	}

	/** What a pole admin records when admitting an adherent. */
	public record NewOrganisation(String poleId, String name, String identifier, OrganisationType type,
			LocalDate admittedOn, List<String> sponsors, String contactName, String contactEmail) {
	}

	/** Records a new adherent; refuses a name the pole already uses. */
	public Organisation admit(NewOrganisation request) {
		String name = request.name().strip().replaceAll("\\s+", " ");
		if (this.organisations.findByPoleIdAndName(request.poleId(), name).isPresent()) {
			throw new NameTakenException(name);
		}
		List<String> sponsors = request.sponsors().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
		String contactEmail = request.contactEmail() == null || request.contactEmail().isBlank() ? null
				: normalise(request.contactEmail());
		return this.organisations.insert(new Organisation(newId(), request.poleId(), name,
				blankToNull(request.identifier()), request.type(), request.admittedOn(), sponsors,
				blankToNull(request.contactName()), contactEmail, this.clock.instant()));
	}

	/** Thrown when a pole already has an organisation of that name. */
	public static class NameTakenException extends RuntimeException {

		NameTakenException(String name) {
			super("The name '" + name + "' is already taken");
		}

	}

	/** Sets which courses a pole's newcomers get, how many days they have, and how long a completion lasts. */
	public Pole setOnboarding(String poleId, List<String> courseIds, int dueDays, int refresherMonths) {
		Pole pole = this.poles.findById(poleId).orElseThrow();
		return this.poles.save(pole.withOnboarding(courseIds, dueDays, refresherMonths));
	}

	public MemberAccount createMember(NewMember request) {
		String email = normalise(request.email());
		if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new IllegalArgumentException("Not an e-mail address: " + request.email());
		}
		var member = new Member(newId(), request.poleId(), request.organisationId(), email,
				request.displayName().strip(), this.passwordEncoder.encode(request.rawPassword()),
				Set.copyOf(request.roles()), true, this.clock.instant());
		var account = this.members.insert(member).toAccount();
		this.rosters.bump(account.poleId());
		if (account.poleId() != null) {
			this.events.publishEvent(new MemberRegistered(account.id(), account.poleId(), account.organisationId()));
		}
		return account;
	}

	/**
	 * Blocks or restores a member's access. The security layer reads the member again on
	 * every request, so a deactivated member's next page or API call is refused.
	 */
	public Optional<MemberAccount> setActive(String memberId, boolean active) {
		try {
			return this.members.findById(memberId)
				.map(member -> this.members.save(member.withActive(active)))
				.map(this::rosterChanged);
		}
		finally {
			// Once the change is stored: the member's next request reads it.
			this.requestMembers.evict(memberId);
		}
	}

	/**
	 * Removes a member's personal fields (e-mail, name, password) and blocks the account, keeping
	 * the id so anonymous progress and completion counts stay true.
	 */
	public Optional<MemberAccount> erase(String memberId) {
		try {
			return this.members.findById(memberId)
				.map(member -> this.members.save(member.erased()))
				.map(this::rosterChanged);
		}
		finally {
			// Once the change is stored: the member's next request reads it.
			this.requestMembers.evict(memberId);
		}
	}

	/** Stores a new password (hashed); call {@link PasswordPolicy#problem} first. */
	public Optional<MemberAccount> setPassword(String memberId, String rawPassword) {
		try {
			return this.members.findById(memberId)
				.map(member -> this.members.save(member.withPasswordHash(this.passwordEncoder.encode(rawPassword))))
				.map(Member::toAccount);
		}
		finally {
			// Once the change is stored: the member's next request reads it.
			this.requestMembers.evict(memberId);
		}
	}

	/** Replaces a member's roles; a signed-in member's pages follow on their next request. */
	public Optional<MemberAccount> setRoles(String memberId, Set<Role> roles) {
		try {
			return this.members.findById(memberId)
				.map(member -> this.members.save(member.withRoles(roles)))
				.map(Member::toAccount);
		}
		finally {
			// Once the change is stored: the member's next request reads it.
			this.requestMembers.evict(memberId);
		}
	}

	public boolean hasPlatformAdmin() {
		return this.members.existsByRolesContaining(Role.PLATFORM_ADMIN);
	}

	public long countActiveMembers(String poleId) {
		return this.members.countByPoleIdAndActiveTrue(poleId);
	}

	/** One page of a pole's members in name order. */
	private MemberAccount rosterChanged(Member member) {
		this.rosters.bump(member.poleId());
		return member.toAccount();
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}

}
