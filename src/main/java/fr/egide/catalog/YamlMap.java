package fr.egide.catalog;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read with the line of every value, so content errors point at a line.
 * Parsing is hardened: few aliases, bounded size and depth, duplicate keys reported.
 */
public final class YamlMap {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

	private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

	private final Node node;

	private final String path;

	private final int lineOffset;

	private final List<ContentProblem> problems;

	private YamlMap(MappingNode node, String path, int lineOffset, List<ContentProblem> problems) {
		this.node = node;
		this.path = path;
		this.lineOffset = lineOffset;
		this.problems = problems;
		for (NodeTuple tuple : node.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode key) {
				if (this.entries.putIfAbsent(key.getValue(), tuple) != null) {
					problem(key, "duplicate field '" + key.getValue() + "'");
				}
			}
			else {
				problem(tuple.getKeyNode(), "field names must be plain text");
			}
		}
	}

	/**
	 * Parses {@code text} as one YAML mapping; problems go to {@code problems} with lines
	 * shifted by {@code lineOffset} (the lines that precede the text in its file).
	 */
	public static Optional<YamlMap> parse(String text, String path, int lineOffset, List<ContentProblem> problems) {
		var options = new LoaderOptions();
		options.setMaxAliasesForCollections(20);
		options.setNestingDepthLimit(20);
		options.setCodePointLimit(1_000_000);
		options.setAllowRecursiveKeys(false);
		Node root;
		try {
			root = new Yaml(options).compose(new StringReader(text));
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() != null ? ex.getProblemMark().getLine() + 1 : 1;
			problems.add(new ContentProblem(path, line + lineOffset, "invalid YAML: " + ex.getProblem()));
			return Optional.empty();
		}
		catch (YAMLException ex) {
			problems.add(new ContentProblem(path, 1 + lineOffset, "invalid YAML: " + ex.getMessage()));
			return Optional.empty();
		}
		catch (RuntimeException ex) {
			// SnakeYAML lets some malformed input out as other exceptions, such as a tag with
			// a trailing space ('!%a ' in "{[!%a") giving an IllegalArgumentException
			problems.add(new ContentProblem(path, 1 + lineOffset, "invalid YAML: " + ex.getMessage()));
			return Optional.empty();
		}
		if (!(root instanceof MappingNode mapping)) {
			problems.add(new ContentProblem(path, 1 + lineOffset,
					root == null ? "empty: expected fields such as 'id: ...'" : "expected fields such as 'id: ...'"));
			return Optional.empty();
		}
		return Optional.of(new YamlMap(mapping, path, lineOffset, problems));
	}

	public int line() {
		return lineOf(this.node);
	}

	public String path() {
		return this.path;
	}

	public boolean has(String key) {
		return this.entries.containsKey(key);
	}

	/** Reports a problem at this mapping's line. */
	public void problem(String message) {
		this.problems.add(new ContentProblem(this.path, line(), message));
	}

	/** Reports a problem at the line of this field's value (or of the mapping when it is absent). */
	public void problem(String key, String message) {
		NodeTuple tuple = this.entries.get(key);
		this.problems.add(new ContentProblem(this.path, tuple != null ? lineOf(tuple.getValueNode()) : line(), message));
	}

	public int lineOf(String key) {
		NodeTuple tuple = this.entries.get(key);
		return tuple != null ? lineOf(tuple.getValueNode()) : line();
	}

	/** Reports every field not in {@code known}: a misspelt field must not pass silently. */
	public void rejectUnknown(List<String> known) {
		this.entries.forEach((key, tuple) -> {
			if (!known.contains(key)) {
				problem(tuple.getKeyNode(), "unknown field '" + key + "' (expected one of " + known + ")");
			}
		});
	}

	public Optional<String> text(String key, boolean required) {
		NodeTuple tuple = this.entries.get(key);
		if (tuple == null) {
			if (required) {
				problem("missing field '" + key + "'");
			}
			return Optional.empty();
		}
		if (!(tuple.getValueNode() instanceof ScalarNode scalar)) {
			problem(tuple.getValueNode(), "'" + key + "' must be text");
			return Optional.empty();
		}
		String value = scalar.getValue().strip();
		if (value.isEmpty() && required) {
			problem(scalar, "'" + key + "' must not be empty");
			return Optional.empty();
		}
		return value.isEmpty() ? Optional.empty() : Optional.of(value);
	}

	/** A required identifier: lowercase letters, digits and dashes. */
	public Optional<String> id(String key) {
		return text(key, true).filter(value -> {
			boolean valid = ID.matcher(value).matches();
			if (!valid) {
				problem(key, "'" + key + "' must be lowercase letters, digits and dashes (got '" + value + "')");
			}
			return valid;
		});
	}

	public static boolean isId(String value) {
		return ID.matcher(value).matches();
	}

	public Optional<Integer> integer(String key, boolean required, int min, int max) {
		return text(key, required).flatMap(value -> {
			try {
				int number = Integer.parseInt(value);
				if (number >= min && number <= max) {
					return Optional.of(number);
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			problem(key, "'" + key + "' must be a whole number from " + min + " to " + max + " (got '" + value + "')");
			return Optional.empty();
		});
	}

	public Optional<Boolean> bool(String key) {
		return text(key, false).flatMap(value -> {
			if (value.equals("true") || value.equals("false")) {
				return Optional.of(Boolean.valueOf(value));
			}
			problem(key, "'" + key + "' must be true or false (got '" + value + "')");
			return Optional.empty();
		});
	}

	/** A list of texts; a single text is accepted as a list of one. */
	public List<String> texts(String key, boolean required) {
		NodeTuple tuple = this.entries.get(key);
		if (tuple == null) {
			if (required) {
				problem("missing field '" + key + "'");
			}
			return List.of();
		}
		Node value = tuple.getValueNode();
		if (value instanceof ScalarNode scalar) {
			return scalar.getValue().isBlank() ? List.of() : List.of(scalar.getValue().strip());
		}
		List<String> result = new ArrayList<>();
		if (value instanceof SequenceNode sequence) {
			for (Node item : sequence.getValue()) {
				if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
					result.add(scalar.getValue().strip());
				}
				else {
					problem(item, "each item of '" + key + "' must be non-empty text");
				}
			}
		}
		else {
			problem(value, "'" + key + "' must be a list");
		}
		if (required && result.isEmpty()) {
			problem(value, "'" + key + "' must list at least one item");
		}
		return result;
	}

	/** A list of mappings, such as the questions of a quiz. */
	public List<YamlMap> maps(String key, boolean required) {
		NodeTuple tuple = this.entries.get(key);
		if (tuple == null) {
			if (required) {
				problem("missing field '" + key + "'");
			}
			return List.of();
		}
		List<YamlMap> result = new ArrayList<>();
		if (tuple.getValueNode() instanceof SequenceNode sequence) {
			for (Node item : sequence.getValue()) {
				if (item instanceof MappingNode mapping) {
					result.add(new YamlMap(mapping, this.path, this.lineOffset, this.problems));
				}
				else {
					problem(item, "each item of '" + key + "' must be a set of fields ('- text: ...')");
				}
			}
		}
		else {
			problem(tuple.getValueNode(), "'" + key + "' must be a list");
		}
		if (required && result.isEmpty()) {
			problem(tuple.getValueNode(), "'" + key + "' must list at least one item");
		}
		return result;
	}

	private void problem(Node at, String message) {
		this.problems.add(new ContentProblem(this.path, lineOf(at), message));
	}

	private int lineOf(Node at) {
		return at.getStartMark().getLine() + 1 + this.lineOffset;
	}

}
