package fr.egide.scorm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.egide.TestMaterial;
import fr.egide.catalog.ContentProblem;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile and valid packages: the manifest parser and the archive checks. */
class ScormPackageCheckTests {

	static final String MANIFEST_12 = """
			<?xml version="1.0" encoding="UTF-8"?>
			<manifest identifier="golf" version="1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
			    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
			  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
			  <organizations default="org">
			    <organization identifier="org"><title>Golf Explained</title>
			      <item identifier="i1" identifierref="r1"><title>Playing</title><adlcp:masteryscore>70</adlcp:masteryscore></item>
			      <item identifier="i2" identifierref="assets"><title>Assets</title></item>
			    </organization>
			  </organizations>
			  <resources>
			    <resource identifier="r1" type="webcontent" adlcp:scormtype="sco" href="play/index.html"><file href="play/index.html"/></resource>
			    <resource identifier="assets" type="webcontent" adlcp:scormtype="asset"><file href="a.css"/></resource>
			  </resources>
			</manifest>
			""";

	static final String MANIFEST_2004 = """
			<?xml version="1.0" encoding="UTF-8"?>
			<manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
			    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
			  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
			  <organizations default="o"><organization identifier="o"><title>Sécurité</title>
			    <item identifier="i1" identifierref="r1" parameters="?start=1"><title>Module</title>
			      <imsss:sequencing><imsss:objectives><imsss:primaryObjective objectiveID="p" satisfiedByMeasure="true">
			        <imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure></imsss:primaryObjective></imsss:objectives></imsss:sequencing>
			    </item></organization></organizations>
			  <resources><resource identifier="r1" type="webcontent" adlcp:scormType="sco" href="sco.html"/></resources>
			</manifest>
			""";

	@Test
	void scorm12And2004ManifestsGiveTheirScos() {
		var v12 = ManifestReader.read(TestMaterial.utf8(MANIFEST_12.strip()));
		assertThat(v12.problems()).isEmpty();
		assertThat(v12.manifest().version()).isEqualTo("1.2");
		assertThat(v12.manifest().title()).isEqualTo("Golf Explained");
		assertThat(v12.manifest().scos()).containsExactly(new ImportedManifest.Sco("i1", "Playing", "play/index.html", 70));
		var v2004 = ManifestReader.read(TestMaterial.utf8(MANIFEST_2004.strip()));
		assertThat(v2004.problems()).isEmpty();
		assertThat(v2004.manifest().is2004()).isTrue();
		assertThat(v2004.manifest().scos()).containsExactly(new ImportedManifest.Sco("i1", "Module", "sco.html?start=1", 80));
	}

	@Test
	void externalEntitiesAndEntityBombsAreRefusedWithoutBeingRead() {
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE manifest [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<manifest><organizations><organization><title>&secret;</title></organization></organizations></manifest>
				""";
		String laughs = """
				<?xml version="1.0"?>
				<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
				<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
				<manifest>&lol3;</manifest>
				""";
		for (String hostile : new String[] { xxe, laughs }) {
			var read = ManifestReader.read(TestMaterial.utf8(hostile.strip()));
			assertThat(read.manifest()).isNull();
			assertThat(read.problems()).extracting(ContentProblem::message)
				.containsExactly("DOCTYPE declarations are not accepted (they can hide entity attacks)");
		}
		assertThat(ManifestReader.read(TestMaterial.utf8("<manifest><unclosed></manifest>")).problems())
			.singleElement()
			.satisfies(problem -> assertThat(problem.line()).isEqualTo(1));
		assertThat(ManifestReader.read(new byte[3_000_000]).problems()).extracting(ContentProblem::message)
			.containsExactly("the manifest is larger than 2 MB");
	}

	@Test
	void archivesLeavingTheirFolderAreRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
		Path target = dir.resolve("pkg");
		var slip = ScormArchive.unpack("evil.zip",
				TestMaterial.zip(Map.of("imsmanifest.xml", TestMaterial.utf8(MANIFEST_12), "../../outside.html",
						TestMaterial.utf8("x"))),
				target);
		assertThat(slip).extracting(ContentProblem::message).containsExactly("paths with '..' are not accepted");
		assertThat(target).doesNotExist();
		assertThat(dir.getParent().resolve("outside.html")).doesNotExist();
		assertThat(ScormArchive.unpack("abs.zip", TestMaterial.zip(Map.of("/etc/cron.d/x", new byte[1])), target))
			.extracting(ContentProblem::message)
			.containsExactly("absolute paths are not accepted");
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipArchiveOutputStream(out)) {
			var link = new ZipArchiveEntry("index.html");
			link.setUnixMode(0120777);
			zip.putArchiveEntry(link);
			zip.write(TestMaterial.utf8("/etc/passwd"));
			zip.closeArchiveEntry();
		}
		assertThat(ScormArchive.unpack("link.zip", out.toByteArray(), target)).extracting(ContentProblem::message)
			.containsExactly("symbolic links are not accepted");
		assertThat(target).doesNotExist();
	}

	@Test
	void aZipBombIsStoppedWhileInflatingAndLeavesNothing(@TempDir Path dir) {
		Path target = dir.resolve("pkg");
		var bomb = TestMaterial.zip(Map.of("imsmanifest.xml", TestMaterial.utf8(MANIFEST_12), "zeros.bin",
				new byte[40_000_000]));
		assertThat(ScormArchive.unpack("bomb.zip", bomb, target)).singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("zip bomb"));
		assertThat(target).doesNotExist();
	}

	@Test
	void aValidPackageIsUnpacked(@TempDir Path dir) throws IOException {
		Path target = dir.resolve("pkg");
		assertThat(ScormArchive.unpack("ok.zip", TestMaterial.zip(Map.of("imsmanifest.xml",
				TestMaterial.utf8(MANIFEST_12), "play/index.html", TestMaterial.utf8("<html></html>"))), target))
			.isEmpty();
		assertThat(Files.readString(target.resolve("play/index.html"))).isEqualTo("<html></html>");
	}

}
