package fr.egide.quiz;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Builds each member's attempt list on the first start over attempts stored before it existed. */
@Component
class MemberAttemptsAtStartup implements ApplicationRunner {

	private final MemberAttempts lists;

	MemberAttemptsAtStartup(MemberAttempts lists) {
		this.lists = lists;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.lists.missing()) {
			this.lists.rebuild();
		}
	}

}
