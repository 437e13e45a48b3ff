package fr.egide.reporting;

import fr.egide.system.CellText;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook of one sheet, streamed: rows are flushed every few hundred, text is
 * written inline (no shared-strings table kept in memory), the bold header row stays frozen
 * and dates are real dates.
 */
class XlsxSheet implements Sheet {

	private static final int FLUSH_EVERY = 500;

	private final Workbook workbook;

	private final Worksheet sheet;

	private int row;

	XlsxSheet(OutputStream out, String title) {
		this.workbook = new Workbook(out, "Egide", "1.0");
		this.sheet = this.workbook.newWorksheet(title);
	}

	@Override
	public void header(List<String> titles) throws IOException {
		for (int column = 0; column < titles.size(); column++) {
			this.sheet.inlineString(0, column, CellText.safe(titles.get(column)));
			this.sheet.style(0, column).bold().set();
			this.sheet.width(column, column < 3 ? 30 : 16);
		}
		this.sheet.freezePane(0, 1);
		this.row = 1;
	}

	@Override
	public void row(List<?> cells) throws IOException {
		for (int column = 0; column < cells.size(); column++) {
			write(column, cells.get(column));
		}
		this.row++;
		if (this.row % FLUSH_EVERY == 0) {
			this.sheet.flush();
		}
	}

	@Override
	public void close() throws IOException {
		this.workbook.finish();
	}

	private void write(int column, Object cell) {
		if (cell == null) {
			return;
		}
		if (cell instanceof Number number) {
			this.sheet.value(this.row, column, number);
		}
		else if (cell instanceof LocalDateTime dateTime) {
			this.sheet.value(this.row, column, dateTime);
			this.sheet.style(this.row, column).format("dd/mm/yyyy hh:mm").set();
		}
		else if (cell instanceof LocalDate date) {
			this.sheet.value(this.row, column, date);
			this.sheet.style(this.row, column).format("dd/mm/yyyy").set();
		}
		else {
			this.sheet.inlineString(this.row, column, CellText.safe(cell.toString()));
		}
	}

}
