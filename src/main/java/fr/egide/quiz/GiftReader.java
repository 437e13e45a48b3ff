package fr.egide.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.egide.catalog.ContentProblem;
import fr.egide.quiz.QuizSource.QuestionSource;

/**
 * Reads a question bank in Moodle's GIFT format into a {@link QuizSource}, reporting every
 * question it cannot take with the line where that question starts. Only single answer,
 * multiple answer and true-false questions have a QCM counterpart; the other GIFT types
 * are reported. Any input gives a result: this method never throws.
 */
public final class GiftReader {

	private static final Pattern HEADER = Pattern.compile("//\\s*Égide QCM \\S+, pass mark ([0-9]{1,3}) %\\s*");

	private static final int DEFAULT_PASS_MARK = 80;

	private GiftReader() {
	}

	/** The questions read, and the problems of those left out. */
	public record Result(QuizSource quiz, List<ContentProblem> problems) {

		public Result {
			problems = List.copyOf(problems);
		}

	}

	/**
	 * Reads {@code gift} as the QCM of module {@code moduleId}; problems name {@code path}.
	 * The pass mark is read from the header comment written by {@link GiftWriter}, 80 without it.
	 */
	public static Result read(String gift, String path, String moduleId) {
		List<ContentProblem> problems = new ArrayList<>();
		List<QuestionSource> questions = new ArrayList<>();
		int passMark = DEFAULT_PASS_MARK;
		try {
			passMark = readBlocks((gift != null) ? gift : "", path, questions, problems);
		}
		catch (RuntimeException ex) {
			problems.add(new ContentProblem(path, 1, "cannot read this GIFT file: " + ex));
		}
		return new Result(new QuizSource(moduleId, passMark, questions), problems);
	}

	private static int readBlocks(String gift, String path, List<QuestionSource> questions,
			List<ContentProblem> problems) {
		String[] lines = (gift.startsWith("\uFEFF") ? gift.substring(1) : gift).split("\r\n|\r|\n", -1);
		int passMark = DEFAULT_PASS_MARK;
		Set<String> ids = new HashSet<>();
		StringBuilder block = new StringBuilder();
		int firstLine = 0;
		int number = 0;
		for (int i = 0; i <= lines.length; i++) {
			String line = (i < lines.length) ? lines[i] : "";
			String stripped = line.strip();
			if (stripped.startsWith("//")) {
				Matcher header = HEADER.matcher(stripped);
				if (header.matches()) {
					passMark = Math.max(1, Math.min(100, Integer.parseInt(header.group(1))));
				}
			}
			else if (stripped.startsWith("$CATEGORY:")) {
				continue;
			}
			else if (stripped.isEmpty()) {
				if (!block.isEmpty()) {
					number++;
					List<String> messages = new ArrayList<>();
					var parsed = GiftQuestionReader.read(block.toString(), messages);
					if (parsed.isPresent()) {
						questions.add(question(parsed.get(), uniqueId(parsed.get().title(), number, ids)));
					}
					for (String message : messages) {
						problems.add(new ContentProblem(path, firstLine, message));
					}
					block.setLength(0);
				}
			}
			else {
				if (block.isEmpty()) {
					firstLine = i + 1;
				}
				else {
					block.append('\n');
				}
				block.append(line);
			}
		}
		return passMark;
	}

	private static QuestionSource question(GiftQuestionReader.Parsed parsed, String id) {
		return new QuestionSource(id, parsed.title(), parsed.type(), parsed.text(), parsed.choices(),
				parsed.answer(), parsed.explanation());
	}

	/** The slug of the title, or {@code q<number>} without one, made unique with a suffix. */
	static String uniqueId(String title, int number, Set<String> ids) {
		String base = GiftText.slug(title);
		if (base.isEmpty()) {
			base = "q" + number;
		}
		String id = base;
		for (int suffix = 2; !ids.add(id); suffix++) {
			String end = "-" + suffix;
			String start = base.substring(0, Math.min(base.length(), 64 - end.length()));
			while (start.endsWith("-")) {
				start = start.substring(0, start.length() - 1);
			}
			id = start + end;
		}
		return id;
	}

}
