package fr.egide.security;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import fr.egide.directory.MemberAccount;
import fr.egide.directory.Role;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in member: who they are, which pole they belong to, what they may do. */
public final class EgideUser implements UserDetails, CredentialsContainer {

	private final String memberId;

	private final String poleId;

	private final String organisationId;

	private final String email;

	private final String displayName;

	private final Set<Role> roles;

	private final boolean active;

	private String passwordHash;

	EgideUser(MemberAccount account) {
		this.memberId = account.id();
		this.poleId = account.poleId();
		this.organisationId = account.organisationId();
		this.email = account.email();
		this.displayName = account.displayName();
		this.roles = Set.copyOf(account.roles());
		this.active = account.active();
		this.passwordHash = account.passwordHash();
	}

	public String memberId() {
		return this.memberId;
	}

	/** The member's pole; {@code null} for a platform admin, who belongs to none. */
	public String poleId() {
		return this.poleId;
	}

	public String organisationId() {
		return this.organisationId;
	}

	public String displayName() {
		return this.displayName;
	}

	/** The member signed in for the current request, if one is (API tokens and web sessions alike). */
	public static Optional<EgideUser> current() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof EgideUser user ? Optional.of(user)
				: Optional.empty();
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean isAdmin() {
		return has(Role.POLE_ADMIN) || has(Role.PLATFORM_ADMIN);
	}

	/**
	 * An admin who belongs to a pole, and so has its follow-up, members, reminders and events pages.
	 * The platform admin created at the first start belongs to none until a pole is opened for them.
	 */
	public boolean isAdminOfAPole() {
		return isAdmin() && this.poleId != null;
	}

	/** Whether this principal still says what the directory says about the member. */
	boolean matches(MemberAccount account) {
		return account.id().equals(this.memberId) && Objects.equals(account.poleId(), this.poleId)
				&& Objects.equals(account.organisationId(), this.organisationId)
				&& Objects.equals(account.email(), this.email)
				&& Objects.equals(account.displayName(), this.displayName) && account.roles().equals(this.roles)
				&& account.active() == this.active;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.active;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EgideUser user && user.memberId.equals(this.memberId);
	}

	@Override
	public int hashCode() {
		return this.memberId.hashCode();
	}

	@Override
	public String toString() {
		return "EgideUser[" + this.memberId + "]";
	}

}
