package fr.egide.system;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShortLivedTests {

	@Test
	void whileOneCallerReloadsAnExpiredValueTheOthersKeepThePreviousOne() throws Exception {
		var values = new ShortLived<String, Integer>(Duration.ofMillis(1), 10);
		var loads = new AtomicInteger();
		assertThat(values.get("pole", key -> loads.incrementAndGet())).isEqualTo(1);
		Thread.sleep(5);
		var reloadStarted = new CountDownLatch(1);
		var storeAnswers = new CountDownLatch(1);
		var pool = Executors.newSingleThreadExecutor();
		try {
			var reload = pool.submit(() -> values.get("pole", key -> {
				reloadStarted.countDown();
				await(storeAnswers);
				return loads.incrementAndGet() * 10;
			}));
			assertThat(reloadStarted.await(5, TimeUnit.SECONDS)).isTrue();
			assertThat(values.get("pole", key -> loads.incrementAndGet() * 100)).isEqualTo(1);
			storeAnswers.countDown();
			assertThat(reload.get(5, TimeUnit.SECONDS)).isEqualTo(20);
			assertThat(values.get("pole", key -> loads.incrementAndGet() * 100)).isEqualTo(20);
			assertThat(loads).hasValue(2);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aFailedReloadLetsTheNextCallerTryAgain() throws Exception {
		var values = new ShortLived<String, Integer>(Duration.ofMillis(1), 10);
		values.get("pole", key -> 1);
		Thread.sleep(5);
		assertThatThrownBy(() -> values.get("pole", key -> {
			throw new IllegalStateException("store down");
		})).hasMessage("store down");
		assertThat(values.get("pole", key -> 2)).isEqualTo(2);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
