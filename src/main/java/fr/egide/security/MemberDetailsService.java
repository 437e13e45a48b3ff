package fr.egide.security;

import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Form login looks members up by e-mail in the directory. A deactivated member is reported as
 * unknown: Spring then spends the same password hash and gives the same answer as for a wrong
 * password, where a disabled account would be refused before any hash (a timing tell).
 */
@Component
class MemberDetailsService implements UserDetailsService {

	private final Directory directory;

	MemberDetailsService(Directory directory) {
		this.directory = directory;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.directory.findByEmail(email)
			.filter(MemberAccount::active)
			.map(EgideUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No member with that e-mail"));
	}

}
