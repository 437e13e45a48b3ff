package fr.egide.scorm;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.egide.TestMaterial;

/** Small third-party-style SCORM packages written for the tests: plain API calls, no Égide code. */
public final class ScormPackagesForTests {

	private ScormPackagesForTests() {
	}

	/** A SCORM 1.2 package with one SCO: two pages, resume from lesson_location, pass at the end. */
	public static byte[] scorm12() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("imsmanifest.xml", TestMaterial.utf8(ScormPackageCheckTests.MANIFEST_12));
		files.put("play/index.html", TestMaterial.utf8(page("1.2")));
		files.put("a.css", TestMaterial.utf8("body{font-family:sans-serif}"));
		return TestMaterial.zip(files);
	}

	/** A SCORM 2004 package with one SCO, same behaviour. */
	public static byte[] scorm2004() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("imsmanifest.xml", TestMaterial.utf8(ScormPackageCheckTests.MANIFEST_2004));
		files.put("sco.html", TestMaterial.utf8(page("2004")));
		return TestMaterial.zip(files);
	}

	private static String page(String version) {
		boolean v12 = version.equals("1.2");
		String api = v12 ? "API" : "API_1484_11";
		String init = v12 ? "LMSInitialize" : "Initialize";
		String get = v12 ? "LMSGetValue" : "GetValue";
		String set = v12 ? "LMSSetValue" : "SetValue";
		String commit = v12 ? "LMSCommit" : "Commit";
		String finish = v12 ? "LMSFinish" : "Terminate";
		String location = v12 ? "cmi.core.lesson_location" : "cmi.location";
		String exit = v12 ? "cmi.core.exit" : "cmi.exit";
		String time = v12 ? "cmi.core.session_time" : "cmi.session_time";
		String timeValue = v12 ? "0000:01:30.00" : "PT1M30S";
		String passed = v12 ? "lms." + set + "('cmi.core.lesson_status','passed');lms." + set + "('cmi.core.score.raw','90');"
				: "lms." + set + "('cmi.completion_status','completed');lms." + set + "('cmi.success_status','passed');lms."
						+ set + "('cmi.score.scaled','0.9');";
		String started = v12 ? "lms." + set + "('cmi.core.lesson_status','incomplete');"
				: "lms." + set + "('cmi.completion_status','incomplete');";
		return """
				<!DOCTYPE html><html><head><meta charset="utf-8"><title>Golf</title></head><body>
				<h1 id="page">?</h1><p id="entry"></p>
				<button id="next" onclick="go(2)">Page suivante</button>
				<button id="quit" onclick="quit()">Quitter</button>
				<button id="finish" onclick="finish()">Terminer</button>
				<script>
				function find(w){for(var i=0;i<7&&w;i++){if(w.%1$s)return w.%1$s;if(w.parent===w)break;w=w.parent;}return null;}
				var lms=find(window);
				lms.%2$s('');
				document.getElementById('entry').textContent=lms.%3$s('%10$s');
				var page=parseInt(lms.%3$s('%4$s')||'1',10);
				document.getElementById('page').textContent='Page '+page;
				if(page===1){%11$s}
				function go(n){page=n;document.getElementById('page').textContent='Page '+n;lms.%5$s('%4$s',String(n));
				  lms.%5$s('cmi.suspend_data','%12$s');document.title=lms.%6$s('')==='true'?'saved':'not saved';}
				function quit(){lms.%5$s('%7$s','suspend');lms.%5$s('%8$s','%9$s');lms.%13$s('');document.title='left';}
				function finish(){%14$slms.%5$s('%7$s','%15$s');lms.%5$s('%8$s','%9$s');lms.%13$s('');document.title='done';}
				</script></body></html>
				""".formatted(api, init, get, location, set, commit, exit, time, timeValue,
				v12 ? "cmi.core.entry" : "cmi.entry", started, "x".repeat(6000), finish, passed, v12 ? "" : "normal");
	}

}
