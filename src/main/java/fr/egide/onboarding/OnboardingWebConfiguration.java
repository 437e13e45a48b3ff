package fr.egide.onboarding;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the charter gate in front of every course page and course API. */
@Configuration(proxyBeanMethods = false)
class OnboardingWebConfiguration implements WebMvcConfigurer {

	private final CharterGate gate;

	OnboardingWebConfiguration(CharterGate gate) {
		this.gate = gate;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.gate).addPathPatterns("/modules/**", "/api/modules/**");
	}

}
