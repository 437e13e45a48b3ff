package fr.egide.reporting;

import fr.egide.system.CellText;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV as French Excel opens it: UTF-8 with a byte-order mark, {@code ;} between cells, CRLF lines. */
class CsvSheet implements Sheet {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.DEFAULT)
		.setDelimiter(';')
		.setRecordSeparator("\r\n")
		.get();

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final CSVPrinter printer;

	CsvSheet(OutputStream out) throws IOException {
		out.write(BOM);
		this.printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), FORMAT);
	}

	@Override
	public void header(List<String> titles) throws IOException {
		row(titles);
	}

	@Override
	public void row(List<?> cells) throws IOException {
		List<String> values = new ArrayList<>(cells.size());
		for (Object cell : cells) {
			values.add(text(cell));
		}
		this.printer.printRecord(values);
	}

	@Override
	public void close() throws IOException {
		this.printer.close(true);
	}

	private static String text(Object cell) {
		if (cell == null) {
			return "";
		}
		if (cell instanceof LocalDateTime dateTime) {
			return DATE_TIME.format(dateTime);
		}
		if (cell instanceof LocalDate || cell instanceof Number) {
			return cell.toString();
		}
		return CellText.safe(cell.toString());
	}

}
