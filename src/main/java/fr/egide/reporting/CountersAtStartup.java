package fr.egide.reporting;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Builds the counters on the first start over data that predates them (an upgrade, a restore). */
@Component
class CountersAtStartup implements ApplicationRunner {

	private final CounterRebuild rebuild;

	CountersAtStartup(CounterRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.rebuild.missing()) {
			this.rebuild.rebuild();
		}
	}

}
