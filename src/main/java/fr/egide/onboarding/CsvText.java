package fr.egide.onboarding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** An uploaded CSV file as text, decoded the way the spreadsheet that saved it most likely encoded it. */
public record CsvText(String text, Charset charset) {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final String DELIMITERS = ";,\t";

	/** UTF-8 when it has a byte order mark or decodes cleanly, otherwise Windows-1252 as French Excel saves it. */
	public static CsvText decode(byte[] content) {
		if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF) {
			return new CsvText(new String(content, 3, content.length - 3, StandardCharsets.UTF_8),
					StandardCharsets.UTF_8);
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return new CsvText(text, StandardCharsets.UTF_8);
		}
		catch (CharacterCodingException ex) {
			return new CsvText(new String(content, WINDOWS_1252), WINDOWS_1252);
		}
	}

	/** Whichever of ; , and tab occurs most outside quotes in the header line, ; on a tie. */
	public char delimiter() {
		String header = this.text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
		int[] counts = new int[DELIMITERS.length()];
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			quoted ^= (c == '"');
			int index = DELIMITERS.indexOf(c);
			if (!quoted && index >= 0) {
				counts[index]++;
			}
		}
		int best = 0;
		for (int index = 1; index < counts.length; index++) {
			best = (counts[index] > counts[best]) ? index : best;
		}
		return DELIMITERS.charAt(best);
	}

}
