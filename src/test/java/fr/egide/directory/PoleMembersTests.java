package fr.egide.directory;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.egide.EgideTest;
import fr.egide.TestMembers;
import fr.egide.directory.Organisation.OrganisationType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@EgideTest
class PoleMembersTests {

	@Autowired
	Directory directory;

	@Autowired
	PoleMembers members;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MemberRepository repository;

	@Autowired
	RosterVersions versions;

	@Test
	void pagesFollowFrenchAlphabeticalOrderAndTheOrganisationFilter() {
		var pole = TestMembers.pole(this.directory);
		var nord = this.directory.ensureOrganisation(pole.id(), "Nord", OrganisationType.COMPANY);
		var sud = this.directory.ensureOrganisation(pole.id(), "Sud", OrganisationType.LAB);
		for (String name : List.of("Zoé Martin", "élodie Fabre", "Émile Durand", "Bruno Caron", "Agnès Roy")) {
			add(pole, name.startsWith("Z") || name.startsWith("B") ? sud : nord, name);
		}

		var first = this.members.page(pole.id(), null, 0, 2);
		assertThat(names(first)).containsExactly("Agnès Roy", "Bruno Caron");
		assertThat(first.total()).isEqualTo(5);
		assertThat(first.hasNext()).isTrue();
		assertThat(names(this.members.page(pole.id(), null, 1, 2))).containsExactly("élodie Fabre", "Émile Durand");
		var last = this.members.page(pole.id(), null, 2, 2);
		assertThat(names(last)).containsExactly("Zoé Martin");
		assertThat(last.hasNext()).isFalse();
		assertThat(this.members.page(pole.id(), null, 9, 2).members()).isEmpty();
		assertThat(names(this.members.page(pole.id(), sud.id(), 0, 50))).containsExactly("Bruno Caron", "Zoé Martin");
	}

	@Test
	void everyInstanceSeesAJoinAndAnErasureThroughTheStoredVersion() {
		var pole = TestMembers.pole(this.directory);
		var org = this.directory.ensureOrganisation(pole.id(), "Ouest", OrganisationType.COMPANY);
		var claire = add(pole, org, "Claire Petit");
		// A second server instance with its own memory, sharing the store.
		var otherInstance = new PoleMembers(this.mongo, this.repository, this.versions);
		assertThat(names(otherInstance.page(pole.id(), null, 0, 50))).containsExactly("Claire Petit");

		add(pole, org, "Alain Blanc");
		assertThat(names(otherInstance.page(pole.id(), null, 0, 50))).containsExactly("Alain Blanc", "Claire Petit");

		this.directory.erase(claire.id());
		var afterErasure = otherInstance.page(pole.id(), null, 0, 50).members();
		assertThat(afterErasure).hasSize(2).filteredOn(MemberAccount::erased).hasSize(1);
	}

	@Test
	void membersWrittenOutsideTheDirectoryAppearOnceTheChangeIsAnnounced() {
		var pole = TestMembers.pole(this.directory);
		var org = this.directory.ensureOrganisation(pole.id(), "Est", OrganisationType.COMPANY);
		add(pole, org, "Berthe Noir");
		assertThat(this.members.page(pole.id(), null, 0, 50).total()).isEqualTo(1);
		this.repository.insert(new Member(UUID.randomUUID().toString(), pole.id(), org.id(),
				"bulk-" + UUID.randomUUID() + "@test.egide", "Anne Bulk", "x", Set.of(Role.MEMBER), true, null));
		assertThat(this.members.page(pole.id(), null, 0, 50).total()).isEqualTo(1);
		this.members.changed(pole.id());
		assertThat(names(this.members.page(pole.id(), null, 0, 50))).containsExactly("Anne Bulk", "Berthe Noir");
	}

	private MemberAccount add(Pole pole, Organisation organisation, String name) {
		return this.directory.createMember(new Directory.NewMember(pole.id(), organisation.id(),
				UUID.randomUUID() + "@test.egide", name, TestMembers.PASSWORD, Set.of(Role.MEMBER)));
	}

	private static List<String> names(PoleMembers.MemberPage page) {
		return page.members().stream().map(MemberAccount::displayName).toList();
	}

}
