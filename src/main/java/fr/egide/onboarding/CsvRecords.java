package fr.egide.onboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** Reads an uploaded CSV text into non-blank records, each with the physical line it starts on. */
public final class CsvRecords {

	private CsvRecords() {
	}

	/** A record and the line of the file it starts on (1 = first line). */
	public record Line(int number, List<String> values) {
	}

	/** The record starting on {@code line} cannot be read, typically because of an unbalanced quote. */
	public static final class MalformedCsvException extends RuntimeException {

		private final int line;

		MalformedCsvException(int line) {
			super(null, null, false, false);
			this.line = line;
		}

		public int line() {
			return this.line;
		}

	}

	/** At most {@code limit} non-blank records. */
	public static List<Line> read(String text, char delimiter, long limit) {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(false)
			.setIgnoreSurroundingSpaces(true)
			.get();
		List<Line> lines = new ArrayList<>();
		int start = 1;
		try (CSVParser parser = CSVParser.parse(text, format)) {
			var records = parser.iterator();
			while (lines.size() < limit && records.hasNext()) {
				List<String> values = records.next().toList();
				if (values.stream().anyMatch(value -> !InvitationColumns.clean(value).isEmpty())) {
					lines.add(new Line(start, values));
				}
				start = Math.toIntExact(parser.getCurrentLineNumber()) + 1;
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw new MalformedCsvException(start);
		}
		return lines;
	}

}
