package fr.egide.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The file types an export comes in. */
enum ExportFormat {

	CSV("text/csv;charset=UTF-8"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String contentType;

	ExportFormat(String contentType) {
		this.contentType = contentType;
	}

	static ExportFormat of(String extension) {
		for (ExportFormat format : values()) {
			if (format.extension().equals(extension)) {
				return format;
			}
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Exports come as .csv or .xlsx.");
	}

	String contentType() {
		return this.contentType;
	}

	String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	Sheet open(OutputStream out, String title) throws IOException {
		return this == CSV ? new CsvSheet(out) : new XlsxSheet(out, title);
	}

}
