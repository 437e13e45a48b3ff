package fr.egide.security;

import fr.egide.directory.Directory;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Form login looks members up by e-mail in the directory. */
@Component
class MemberDetailsService implements UserDetailsService {

	private final Directory directory;

	MemberDetailsService(Directory directory) {
		this.directory = directory;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.directory.findByEmail(email)
			.map(EgideUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No member with that e-mail"));
	}

}
