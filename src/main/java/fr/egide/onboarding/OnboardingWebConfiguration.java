package fr.egide.onboarding;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the charter gate in front of every course page and course API, and its notice on the home page. */
@Configuration(proxyBeanMethods = false)
class OnboardingWebConfiguration implements WebMvcConfigurer {

	private final CharterGate gate;

	private final CharterNotice notice;

	OnboardingWebConfiguration(CharterGate gate, CharterNotice notice) {
		this.gate = gate;
		this.notice = notice;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.gate).addPathPatterns("/modules/**", "/api/modules/**");
		registry.addInterceptor(this.notice).addPathPatterns("/");
	}

}
