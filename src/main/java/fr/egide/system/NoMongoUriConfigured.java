package fr.egide.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when neither {@code spring.mongodb.uri} nor {@code MONGODB_URI} names a real MongoDB. */
class NoMongoUriConfigured implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		var env = context.getEnvironment();
		return !StringUtils.hasText(env.getProperty("spring.mongodb.uri"))
				&& !StringUtils.hasText(env.getProperty("MONGODB_URI"));
	}

}
