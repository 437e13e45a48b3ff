package fr.egide.scorm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import fr.egide.catalog.ContentProblem;
import fr.egide.security.EgideUser;
import fr.egide.system.DataDirectory;

import org.springframework.stereotype.Service;

/**
 * Imports a SCORM 1.2 or 2004 package: unpacked into a private folder, its manifest read, every
 * SCO's launch file checked, then moved into place and published to the importer's pole. On any
 * problem nothing is kept.
 */
@Service
class ScormImports {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ImportedPackageRepository packages;

	private final ScormLibrary library;

	private final Path root;

	private final Clock clock;

	ScormImports(ImportedPackageRepository packages, ScormLibrary library, DataDirectory data, Clock clock) {
		this.packages = packages;
		this.library = library;
		this.root = data.path().resolve("scorm").toAbsolutePath().normalize();
		this.clock = clock;
	}

	/** The imported package, or every problem found. */
	record Outcome(ImportedPackage imported, List<ContentProblem> problems) {
	}

	Outcome importPackage(EgideUser user, String fileName, byte[] zip) {
		String id = newId();
		Path incoming = this.root.resolve(".incoming-" + id);
		List<ContentProblem> problems = new ArrayList<>(ScormArchive.unpack(fileName, zip, incoming));
		if (!problems.isEmpty()) {
			return new Outcome(null, problems);
		}
		try {
			Path manifestFile = incoming.resolve(ManifestReader.FILE);
			if (!Files.isRegularFile(manifestFile)) {
				problems.add(new ContentProblem(fileName, 0,
						"no imsmanifest.xml at the root of the zip: is this a SCORM package?"));
				return new Outcome(null, problems);
			}
			var read = ManifestReader.read(Files.readAllBytes(manifestFile));
			problems.addAll(read.problems());
			if (read.manifest() == null) {
				return new Outcome(null, problems);
			}
			List<ImportedPackage.PackagedSco> scos = new ArrayList<>();
			for (ImportedManifest.Sco sco : read.manifest().scos()) {
				String file = sco.href().split("[?#]", 2)[0];
				Path launch = incoming.resolve(file).normalize();
				if (!launch.startsWith(incoming) || !Files.isRegularFile(launch)) {
					problems.add(new ContentProblem(ManifestReader.FILE, 0, "SCO '" + sco.identifier() + "' launches '"
							+ sco.href() + "', which is not in the package"));
				}
				scos.add(new ImportedPackage.PackagedSco("scorm-" + id + "-" + (scos.size() + 1), sco.title(), sco.href(),
						sco.masteryScore()));
			}
			if (!problems.isEmpty()) {
				return new Outcome(null, problems);
			}
			Files.move(incoming, this.root.resolve(id), StandardCopyOption.ATOMIC_MOVE);
			List<String> poles = user.poleId() == null ? List.of() : List.of(user.poleId());
			var pack = this.packages.insert(new ImportedPackage(id, read.manifest().title(), read.manifest().version(),
					user.memberId(), user.displayName(), poles, this.clock.instant(), scos));
			this.library.rebuild();
			return new Outcome(pack, List.of());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			ScormArchive.delete(incoming);
		}
	}

	/** The unpacked folder of a package. */
	Path folder(ImportedPackage pack) {
		return this.root.resolve(pack.id());
	}

	List<ImportedPackage> importedBy(String memberId) {
		return this.packages.findByOwnerIdOrderByImportedAtDesc(memberId);
	}

	private static String newId() {
		String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
		var id = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return id.toString();
	}

}
