package fr.egide.system;

/**
 * Text as it goes into an exported cell: a value that a spreadsheet would read as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return first) gets a leading
 * apostrophe, so a member named {@code =HYPERLINK(…)} stays a name.
 */
public final class CellText {

	private CellText() {
	}

	public static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return value == null ? "" : value;
		}
		return switch (value.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
			default -> value;
		};
	}

}
