package fr.egide.system;

import com.mongodb.ConnectionString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Uses the real MongoDB named by {@code spring.mongodb.uri}, or by the {@code MONGODB_URI}
 * environment variable that container platforms usually set.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalStoreConfiguration.MongoUriConfigured.class)
class ExternalStoreConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ExternalStoreConfiguration.class);

	@Bean
	MongoConnectionDetails externalMongoConnectionDetails(Environment env) {
		String uri = env.getProperty("spring.mongodb.uri");
		if (!StringUtils.hasText(uri)) {
			uri = env.getProperty("MONGODB_URI");
		}
		var connectionString = new ConnectionString(uri);
		log.info("Data store: external MongoDB at {} (database {})", connectionString.getHosts(),
				connectionString.getDatabase());
		return () -> connectionString;
	}

	static class MongoUriConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !new NoMongoUriConfigured().matches(context, metadata);
		}

	}

}
