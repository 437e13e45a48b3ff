package fr.egide.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * One token bucket per key, refilled greedily over the window. A key idle for a whole window
 * is forgotten: its bucket would be full again anyway. Past {@code maxKeys} the least recently
 * used keys go first, so random keys cannot grow the map without bound.
 */
final class Buckets {

	private final Map<String, Tracked> byKey = new ConcurrentHashMap<>();

	private final long capacity;

	private final Duration window;

	private final int maxKeys;

	private final Clock clock;

	private final TimeMeter meter;

	private volatile Instant lastSweep;

	Buckets(long capacity, Duration window, int maxKeys, Clock clock) {
		this.capacity = capacity;
		this.window = window;
		this.maxKeys = maxKeys;
		this.clock = clock;
		this.meter = new ClockTimeMeter(clock);
		this.lastSweep = clock.instant();
	}

	private static final class Tracked {

		final Bucket bucket;

		volatile Instant lastUsed;

		Tracked(Bucket bucket) {
			this.bucket = bucket;
		}

	}

	/** Takes one token for the key; the probe says whether it was there and how long to wait if not. */
	ConsumptionProbe tryConsume(String key) {
		Instant now = this.clock.instant();
		sweepIfDue(now);
		Tracked tracked = this.byKey.compute(key, (k, existing) -> {
			Tracked found = (existing != null) ? existing : new Tracked(newBucket());
			found.lastUsed = now;
			return found;
		});
		return tracked.bucket.tryConsumeAndReturnRemaining(1);
	}

	int size() {
		return this.byKey.size();
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(this.capacity).refillGreedy(this.capacity, this.window))
			.withCustomTimePrecision(this.meter)
			.build();
	}

	private void sweepIfDue(Instant now) {
		boolean full = this.byKey.size() >= this.maxKeys;
		if (!full && Duration.between(this.lastSweep, now).compareTo(this.window) < 0) {
			return;
		}
		this.lastSweep = now;
		Instant idleSince = now.minus(this.window);
		this.byKey.values().removeIf(tracked -> !tracked.lastUsed.isAfter(idleSince));
		int excess = this.byKey.size() - this.maxKeys * 9 / 10;
		if (full && excess > 0) {
			this.byKey.entrySet()
				.stream()
				.sorted(Comparator.comparing(entry -> entry.getValue().lastUsed))
				.limit(excess)
				.map(Map.Entry::getKey)
				.toList()
				.forEach(this.byKey::remove);
		}
	}

}
