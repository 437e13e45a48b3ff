package fr.egide.catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MarkdownConfiguration {

	@Bean
	MarkdownRenderer markdownRenderer() {
		return new MarkdownRenderer();
	}

}
