package fr.egide;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Égide: economic-security awareness training for pôles de compétitivité.
 * {@code java -jar egide.jar validate courses quizzes} checks content without starting the server;
 * {@code java -jar egide.jar rebuild-counters} recomputes the dashboard counters from the records.
 * {@code java -jar egide.jar seed --members=N} writes volume data for measuring and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EgideApplication {

	public static void main(String[] args) {
		if (args.length > 0 && List.of("validate", "rebuild-counters", "seed").contains(args[0])) {
			// The jar's ahead-of-time start-up plan (-Dspring.aot.enabled=true) is the web server's;
			// commands start without one, so they always build their context the regular way.
			System.setProperty("spring.aot.enabled", "false");
		}
		if (args.length > 0 && "validate".equals(args[0])) {
			System.exit(ValidateCommand.run(args, System.out, System.err));
		}
		if (args.length > 0 && "rebuild-counters".equals(args[0])) {
			System.exit(RebuildCountersCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
		}
		if (args.length > 0 && "seed".equals(args[0])) {
			System.exit(SeedCommand.run(args, System.err));
		}
		SpringApplication.run(EgideApplication.class, args);
	}

}
