package fr.egide.system;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyLookupsTests {

	@Test
	void asksForSortedDistinctKeysInBatchesAndReturnsEverythingFound() {
		List<String> keys = new ArrayList<>(IntStream.range(0, 250).mapToObj(n -> String.format("k%03d", 249 - n)).toList());
		keys.add("k007");
		List<List<String>> asked = new ArrayList<>();

		List<String> found = KeyLookups.findAll(keys, batch -> {
			asked.add(List.copyOf(batch));
			return batch.stream().filter(key -> !key.equals("k100")).map(key -> "doc " + key).toList();
		});

		assertThat(asked).extracting(List::size).containsExactly(100, 100, 50);
		assertThat(asked.stream().flatMap(List::stream).toList()).isSorted().doesNotHaveDuplicates().hasSize(250);
		assertThat(found).hasSize(249).contains("doc k000", "doc k249").doesNotContain("doc k100");
	}

	@Test
	void noKeysAsksNothing() {
		assertThat(KeyLookups.<String>findAll(List.of(), batch -> {
			throw new AssertionError("asked for " + batch);
		})).isEmpty();
	}

}
