package fr.egide.system;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Values read on every request (the signed-in member, a pole's current charter) kept for a
 * moment, so a burst of pages does not ask the store the same question each time. Changes made
 * on this instance evict at once; another instance sees them after {@code lifetime} at most.
 */
public final class ShortLived<K, V> {

	private final long lifetimeNanos;

	private final int maxEntries;

	private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

	/** {@code reloading}: one caller asks the store again; the others keep the value until it is back. */
	private record Entry<V>(V value, long loadedAt, AtomicBoolean reloading) {
	}

	public ShortLived(Duration lifetime, int maxEntries) {
		this.lifetimeNanos = lifetime.toNanos();
		this.maxEntries = maxEntries;
	}

	public V get(K key, Function<K, V> loader) {
		long now = System.nanoTime();
		Entry<V> entry = this.entries.get(key);
		if (entry != null && now - entry.loadedAt() < this.lifetimeNanos) {
			return entry.value();
		}
		// A busy page would otherwise send every request thread to the store the moment a value expires.
		if (entry != null && !entry.reloading().compareAndSet(false, true)) {
			return entry.value();
		}
		try {
			V value = loader.apply(key);
			put(key, value);
			return value;
		}
		finally {
			if (entry != null) {
				entry.reloading().set(false);
			}
		}
	}

	/** The value kept for {@code key}, if one is and it has not outlived {@code lifetime}. */
	public java.util.Optional<V> find(K key) {
		Entry<V> entry = this.entries.get(key);
		return entry != null && System.nanoTime() - entry.loadedAt() < this.lifetimeNanos
				? java.util.Optional.of(entry.value()) : java.util.Optional.empty();
	}

	public void put(K key, V value) {
		if (this.entries.size() >= this.maxEntries) {
			this.entries.clear();
		}
		this.entries.put(key, new Entry<>(value, System.nanoTime(), new AtomicBoolean()));
	}

	public void evict(K key) {
		this.entries.remove(key);
	}

	public void clear() {
		this.entries.clear();
	}

}
