package fr.egide.onboarding;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.egide.directory.Organisation.OrganisationType;

import org.springframework.format.annotation.DateTimeFormat;

/** What the admission form sends; only these fields bind, so no pole or role can be slipped in. */
record AdmissionForm(@NotBlank @Size(max = 200) String name, @Size(max = 40) String identifier,
		@NotNull OrganisationType type, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate admittedOn,
		@Size(max = 200) String sponsor1, @Size(max = 200) String sponsor2, @Size(max = 120) String contactName,
		@Email @Size(max = 254) String contactEmail) {

	static AdmissionForm empty(LocalDate today) {
		return new AdmissionForm("", "", OrganisationType.COMPANY, today, "", "", "", "");
	}

	/** A nine-digit identifier is taken for a SIREN and must pass its Luhn check. */
	@AssertTrue(message = "{admission.siren.invalid}")
	boolean isIdentifierPlausible() {
		if (this.identifier == null) {
			return true;
		}
		String digits = this.identifier.replaceAll("[\\s.]", "");
		if (!digits.matches("\\d{9}")) {
			return true;
		}
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			int digit = digits.charAt(8 - i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

}
