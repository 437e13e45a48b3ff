package fr.egide.onboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The model charter offered to a pole that has none yet, for its admin to adapt. */
@Component
class CharterTemplate {

	String text() {
		try {
			return new ClassPathResource("onboarding/charter-template.md").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
