package fr.egide.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An adherent organisation of a pole: a company, a lab, a university. The state guide
 * recommends admission on the word of two sponsors, recorded here with a contact person.
 */
@Document("organisations")
@CompoundIndex(name = "pole_name", def = "{'poleId': 1, 'name': 1}", unique = true)
public record Organisation(@Id String id, String poleId, String name, String identifier, OrganisationType type,
		LocalDate admittedOn, List<String> sponsors, String contactName, String contactEmail, Instant createdAt) {

	public Organisation {
		sponsors = sponsors == null ? List.of() : List.copyOf(sponsors);
	}

	/** The kinds of adherents the guide names. */
	public enum OrganisationType {

		COMPANY, LAB, UNIVERSITY, OTHER

	}

}
