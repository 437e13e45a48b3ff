package fr.egide.onboarding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.egide.TestMembers;
import fr.egide.WebClient;
import fr.egide.directory.Directory;
import fr.egide.directory.MemberAccount;
import fr.egide.directory.Organisation;
import fr.egide.directory.Organisation.OrganisationType;
import fr.egide.directory.Pole;
import fr.egide.directory.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** A fresh pole with one admitted organisation and its admin signed in on the web. */
record PoleFixture(Pole pole, Organisation organisation, MemberAccount admin, WebClient adminWeb) {

	static PoleFixture create(Directory directory, int port) {
		Pole pole = TestMembers.pole(directory);
		var organisation = directory.admit(new Directory.NewOrganisation(pole.id(), "Hydrolia SAS", "552100554",
				OrganisationType.COMPANY, LocalDate.of(2026, 2, 1), List.of("A", "B"), "Contact", "contact@hydrolia.test"));
		var admin = TestMembers.member(directory, pole, Role.POLE_ADMIN);
		var web = new WebClient(port);
		assertThat(web.login(admin.email(), TestMembers.PASSWORD).redirectsTo("/")).isTrue();
		return new PoleFixture(pole, organisation, admin, web);
	}

	/** Invites {@code email} into the organisation through the admin's page; returns the page shown next. */
	WebClient.Page invite(String email, String name) {
		var response = this.adminWeb.post("/admin/organisations/" + this.organisation.id() + "/invitations",
				Map.of("email", email, "displayName", name, "role", "MEMBER"));
		assertThat(response.redirectsTo("/admin/organisations/" + this.organisation.id())).isTrue();
		return this.adminWeb.get(response.location());
	}

}
