package fr.egide.security;

import java.time.Clock;
import java.time.Instant;

import io.github.bucket4j.TimeMeter;

/** Bucket4j's time taken from the application's {@link Clock}, so tests can move it. */
final class ClockTimeMeter implements TimeMeter {

	private final Clock clock;

	ClockTimeMeter(Clock clock) {
		this.clock = clock;
	}

	@Override
	public long currentTimeNanos() {
		Instant now = this.clock.instant();
		return now.getEpochSecond() * 1_000_000_000L + now.getNano();
	}

	@Override
	public boolean isWallClockBased() {
		return true;
	}

}
