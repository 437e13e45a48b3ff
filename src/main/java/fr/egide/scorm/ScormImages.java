package fr.egide.scorm;

import java.util.Optional;

/**
 * Where packages find the images a module shows: given the {@code src} of an {@code <img>}
 * (such as {@code /material/…}), its bytes. Without such a bean, images are left out and their
 * text alternative is kept.
 */
public interface ScormImages {

	Optional<byte[]> bytes(String src);

}
