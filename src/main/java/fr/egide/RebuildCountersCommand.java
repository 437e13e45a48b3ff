package fr.egide;

import fr.egide.reporting.CounterRebuild;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** {@code java -jar egide.jar rebuild-counters}: the store and configuration of the server, no web server. */
final class RebuildCountersCommand {

	private RebuildCountersCommand() {
	}

	static int run(String[] args) {
		try (var context = new SpringApplicationBuilder(EgideApplication.class).web(WebApplicationType.NONE)
			.run(args)) {
			var result = context.getBean(CounterRebuild.class).rebuild();
			System.out.printf("Counters rebuilt in %d ms: %d member counts, %d module cells, %d monthly buckets, %d course cells%n",
					result.millis(), result.memberCounts(), result.cells(), result.months(), result.courses());
			return 0;
		}
	}

}
