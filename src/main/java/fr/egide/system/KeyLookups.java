package fr.egide.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Looks up many documents by key in batches of {@value #BATCH}, keys sorted. The embedded store
 * checks every document it finds against the whole {@code $in} list, so one lookup of n keys costs
 * n² comparisons (a third of a 100,000-member export); sorted keys also read neighbouring index pages together.
 */
public final class KeyLookups {

	static final int BATCH = 100;

	private KeyLookups() {
	}

	public static <T> List<T> findAll(Collection<String> keys, Function<List<String>, Iterable<T>> lookup) {
		List<String> sorted = keys.stream().distinct().sorted().toList();
		List<T> found = new ArrayList<>(sorted.size());
		for (int from = 0; from < sorted.size(); from += BATCH) {
			lookup.apply(sorted.subList(from, Math.min(from + BATCH, sorted.size()))).forEach(found::add);
		}
		return found;
	}

}
