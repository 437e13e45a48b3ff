package fr.egide.authoring;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The bytes of one image of a material version, served at the address its module links to. */
@Document("material_images")
record MaterialImage(@Id String id, String contentType, byte[] data) {

	static String idOf(String courseId, int number, String path) {
		return MaterialVersion.idOf(courseId, number) + "/" + path;
	}

}
