package fr.egide.directory;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.egide.directory.Organisation.OrganisationType;

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

	Directory(PoleRepository poles, OrganisationRepository organisations, MemberRepository members,
			PasswordEncoder passwordEncoder, Clock clock) {
		this.poles = poles;
		this.organisations = organisations;
		this.members = members;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
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

	public Optional<Pole> pole(String id) {
		return id == null ? Optional.empty() : this.poles.findById(id);
	}

	public List<Pole> poles() {
		return this.poles.findAll().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
	}

	public Optional<Organisation> organisation(String id) {
		return id == null ? Optional.empty() : this.organisations.findById(id);
	}

	public List<Organisation> organisations(String poleId) {
		return this.organisations.findByPoleIdOrderByName(poleId);
	}

	public Pole ensurePole(String name) {
		return this.poles.findByName(name)
			.orElseGet(() -> this.poles.insert(new Pole(newId(), name, this.clock.instant())));
	}

	public Organisation ensureOrganisation(String poleId, String name, OrganisationType type) {
		return this.organisations.findByPoleIdAndName(poleId, name)
			.orElseGet(() -> this.organisations
				.insert(new Organisation(newId(), poleId, name, type, this.clock.instant())));
	}

	public MemberAccount createMember(NewMember request) {
		String email = normalise(request.email());
		if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new IllegalArgumentException("Not an e-mail address: " + request.email());
		}
		var member = new Member(newId(), request.poleId(), request.organisationId(), email,
				request.displayName().strip(), this.passwordEncoder.encode(request.rawPassword()),
				Set.copyOf(request.roles()), true, this.clock.instant());
		return this.members.insert(member).toAccount();
	}

	/**
	 * Blocks or restores a member's access. The security layer reads the member again on
	 * every request, so a deactivated member's next page or API call is refused.
	 */
	public Optional<MemberAccount> setActive(String memberId, boolean active) {
		return this.members.findById(memberId)
			.map(member -> this.members.save(member.withActive(active)))
			.map(Member::toAccount);
	}

	/** Replaces a member's roles; a signed-in member's pages follow on their next request. */
	public Optional<MemberAccount> setRoles(String memberId, Set<Role> roles) {
		return this.members.findById(memberId)
			.map(member -> this.members.save(member.withRoles(roles)))
			.map(Member::toAccount);
	}

	public boolean hasPlatformAdmin() {
		return this.members.existsByRolesContaining(Role.PLATFORM_ADMIN);
	}

	public long countActiveMembers(String poleId) {
		return this.members.countByPoleIdAndActiveTrue(poleId);
	}

	/** One page of a pole's members in name order. */
	public List<MemberAccount> members(String poleId, int page, int size) {
		return this.members.findByPoleIdOrderByDisplayName(poleId, PageRequest.of(page, size))
			.stream()
			.map(Member::toAccount)
			.toList();
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}

}
