package fr.egide.authoring;

import java.util.Optional;
import java.util.regex.Pattern;

import fr.egide.scorm.ScormImages;

import org.springframework.stereotype.Component;

/** The images of speakers' material, for SCORM packages: {@code /material/<course>/<version>/<path>}. */
@Component
class MaterialScormImages implements ScormImages {

	private static final Pattern ADDRESS = Pattern.compile("^/material/([^/]+)/(\\d{1,9})/(.+)$");

	private final MaterialStore store;

	MaterialScormImages(MaterialStore store) {
		this.store = store;
	}

	@Override
	public Optional<byte[]> bytes(String src) {
		var address = ADDRESS.matcher(src == null ? "" : src);
		if (!address.matches()) {
			return Optional.empty();
		}
		return this.store.image(address.group(1), Integer.parseInt(address.group(2)), address.group(3))
			.map(MaterialImage::data);
	}

}
