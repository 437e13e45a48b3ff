package fr.egide.directory;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** An adherent organisation of a pole: a company, a lab, a university. */
@Document("organisations")
@CompoundIndex(name = "pole_name", def = "{'poleId': 1, 'name': 1}", unique = true)
public record Organisation(@Id String id, String poleId, String name, OrganisationType type, Instant admittedAt) {

	/** The kinds of adherents the guide names. */
	public enum OrganisationType {

		COMPANY, LAB, UNIVERSITY, OTHER

	}

}
