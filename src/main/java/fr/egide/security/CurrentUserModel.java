package fr.egide.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.egide.directory.AccountLinks;
import fr.egide.directory.Directory;
import fr.egide.directory.Pole;
import fr.egide.directory.Role;
import fr.egide.system.RenderedFragments;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every page the signed-in member as {@code me}, the menu of their roles, and the poles of
 * their linked accounts, if a platform admin linked any. Added after the handler, to pages only:
 * {@code @ModelAttribute} methods in a controller advice cost a sixth of a module page's time
 * (Spring builds and invokes them on every request, JSON answers and redirects included).
 */
@Configuration(proxyBeanMethods = false)
class CurrentUserModel implements HandlerInterceptor, WebMvcConfigurer {

	private final AccountLinks links;

	private final Directory directory;

	private final RenderedFragments fragments;

	CurrentUserModel(AccountLinks links, Directory directory, RenderedFragments fragments) {
		this.fragments = fragments;
		this.links = links;
		this.directory = directory;
	}

	/** Another account of the same person: where switching leads. */
	record SwitchTarget(String memberId, String poleName) {
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
			return;
		}
		EgideUser user = EgideUser.current().orElse(null);
		page.addObject("me", user);
		page.addObject("menu", user == null ? null : menu(user));
		page.addObject("switchTargets", user == null ? List.of() : switchTargets(user));
	}

	/** The navigation, rendered once per set of roles, with or without a pole, and language. */
	private String menu(EgideUser user) {
		String roles = Arrays.stream(Role.values()).filter(user::has).map(Role::name).collect(Collectors.joining(","));
		return this.fragments.get("menu:" + roles + (user.isAdminOfAPole() ? ":pole:" : ":") + LocaleContextHolder.getLocale().toLanguageTag(),
				"fragments/menu", "mainMenu", Map.of("me", user));
	}

	private List<SwitchTarget> switchTargets(EgideUser user) {
		return this.links.othersForMenu(user.memberId())
			.stream()
			.map(account -> new SwitchTarget(account.id(),
					this.directory.pole(account.poleId()).map(Pole::name).orElse("?")))
			.toList();
	}

}
