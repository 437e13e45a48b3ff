package fr.egide.reporting;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * One table being written to a download, row after row, never held whole. Cells are text,
 * numbers, {@link java.time.LocalDate}, {@link java.time.LocalDateTime} or null (empty).
 */
interface Sheet extends Closeable {

	void header(List<String> titles) throws IOException;

	void row(List<?> cells) throws IOException;

}
