package fr.egide.security;

import tools.jackson.databind.json.JsonMapper;

import fr.egide.directory.Directory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Two doors: {@code /api/**} takes bearer tokens and keeps no session; everything else is
 * for people, with form login and CSRF protection. Both throttle sign-in attempts and read the
 * member again on every request. Absent when a command runs without the web server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	private static final String[] ADMIN_ROLES = { "POLE_ADMIN", "PLATFORM_ADMIN" };

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, Directory directory, LoginAttempts attempts,
			JsonMapper json) throws Exception {
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/auth/token")
				.permitAll()
				.requestMatchers("/api/admin/**")
				.hasAnyRole(ADMIN_ROLES)
				.anyRequest()
				.authenticated())
			.addFilterBefore(new LoginThrottleFilter(attempts, json), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new BearerTokenFilter(tokens, directory), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> JsonErrors.write(response, 401, "unauthorized",
						"Send a bearer token from POST /api/auth/token."))
				.accessDeniedHandler((request, response, ex) -> JsonErrors.write(response, 403, "forbidden",
						"You are not allowed to do this.")))
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable());
		return http.build();
	}

	/**
	 * SCORM: the player and its commits ({@code /scorm/**}), signed-in members only, framed by Égide's own
	 * reader with the same strict policy as every page; and a third-party package's own files
	 * ({@code /scorm-content/**}), on a path of their own: they may run their inline scripts, but only inside
	 * Égide's player frame, with no plugins, nothing posted elsewhere, and read-only (no form or API of
	 * Égide takes these paths). One chain for both (each chain costs a tenth of a second at start-up).
	 */
	@Bean
	@Order(2)
	SecurityFilterChain scormChain(HttpSecurity http, Directory directory) throws Exception {
		var contexts = new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
		var paths = PathPatternRequestMatcher.withDefaults();
		http.securityMatcher("/scorm/**", "/scorm-content/**")
			.securityContext(context -> context.securityContextRepository(contexts))
			.addFilterAfter(new SessionMemberFilter(directory, contexts), SecurityContextHolderFilter.class)
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.headers(headers -> headers.frameOptions(frames -> frames.sameOrigin())
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(paths.matcher("/scorm/**"),
						new ContentSecurityPolicyHeaderWriter("default-src 'self'; img-src 'self' data:; "
								+ "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; "
								+ "form-action 'self'; frame-src 'self'; frame-ancestors 'self'")))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(paths.matcher("/scorm-content/**"),
						new ContentSecurityPolicyHeaderWriter("default-src 'self' 'unsafe-inline' 'unsafe-eval' "
								+ "data: blob:; object-src 'none'; base-uri 'self'; form-action 'self'; "
								+ "frame-ancestors 'self'"))));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain webChain(HttpSecurity http, Directory directory, LoginAttempts attempts, JsonMapper json)
			throws Exception {
		var contexts = new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
		http.securityContext(context -> context.securityContextRepository(contexts))
			.addFilterAfter(new SessionMemberFilter(directory, contexts), SecurityContextHolderFilter.class)
			.addFilterBefore(new LoginThrottleFilter(attempts, json), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/login/throttled", "/invitations/**", "/verify/**", "/password/**", "/css/**",
						"/js/**", "/webjars/**", "/images/**", "/favicon.ico",
						"/error", "/actuator/health", "/actuator/health/**", "/ical/**", "/accessibilite")
				.permitAll()
				.requestMatchers("/admin/**")
				.hasAnyRole(ADMIN_ROLES)
				.requestMatchers("/speaker/**")
				.hasAnyRole("SPEAKER", "POLE_ADMIN", "PLATFORM_ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' https: data:; style-src 'self'; script-src 'self'; "
							+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'")));
		return http.build();
	}

}
