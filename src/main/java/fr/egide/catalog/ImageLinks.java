package fr.egide.catalog;

import java.util.Optional;

/**
 * Where a module's relative image address points once published: uploaded material serves its
 * images from the version that holds them. Empty when the image is not part of the content.
 */
@FunctionalInterface
public interface ImageLinks {

	ImageLinks UNCHANGED = (modulePath, destination) -> Optional.of(destination);

	Optional<String> resolve(String modulePath, String destination);

}
