package fr.egide;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * {@code seed --members=N [--pole=NAME] [--modules=M]}: starts the application without its web
 * server, on the same configuration and store, writes a pole of volume data and exits.
 * Other {@code --property=value} arguments ({@code --egide.data-dir=…}) pass through.
 */
final class SeedCommand {

	private static final String USAGE = "usage: java -jar egide.jar seed --members=N [--pole=\"Pôle Volume\"] [--modules=6]";

	private SeedCommand() {
	}

	static int run(String[] args, PrintStream err) {
		List<String> properties;
		try {
			properties = properties(args);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println(USAGE);
			return 2;
		}
		var context = new SpringApplicationBuilder(EgideApplication.class).web(WebApplicationType.NONE)
			.run(properties.toArray(String[]::new));
		return SpringApplication.exit(context);
	}

	/** The Spring arguments for {@code args}: the seed options become {@code egide.seed.*} properties. */
	static List<String> properties(String[] args) {
		// No scheduled job reads while the bulk load runs: the store frees superseded chunks at once then.
		List<String> properties = new ArrayList<>(List.of("--egide.reminders.cron=-", "--egide.expiry.cron=-", "--egide.campaigns.cron=-"));
		boolean members = false;
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
			switch (option) {
				case "--members" -> {
					if (!value.matches("[1-9][0-9]{0,7}")) {
						throw new IllegalArgumentException("--members takes a positive number, got '" + value + "'.");
					}
					members = true;
					properties.add("--egide.seed.members=" + value);
				}
				case "--modules" -> {
					if (!value.matches("[1-9][0-9]?")) {
						throw new IllegalArgumentException("--modules takes a number from 1 to 99, got '" + value + "'.");
					}
					properties.add("--egide.seed.modules=" + value);
				}
				case "--pole" -> {
					if (value.isBlank()) {
						throw new IllegalArgumentException("--pole takes a name.");
					}
					properties.add("--egide.seed.pole=" + value.strip());
				}
				default -> {
					if (!arg.startsWith("--") || !arg.contains("=")) {
						throw new IllegalArgumentException("Unknown argument '" + arg + "'.");
					}
					properties.add(arg);
				}
			}
		}
		if (!members) {
			throw new IllegalArgumentException("--members is required.");
		}
		return properties;
	}

}
