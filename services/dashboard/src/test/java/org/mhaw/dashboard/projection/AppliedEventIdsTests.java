package org.mhaw.dashboard.projection;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuild's memory of applied event ids answers as a set per bucket would. */
class AppliedEventIdsTests {

	@Test
	void addsEachIdOncePerBucketAsASetWould() {
		AppliedEventIds ids = new AppliedEventIds();
		Set<String> expected = new HashSet<>();
		SplittableRandom random = new SplittableRandom(3);
		UUID[] pool = new UUID[50_000];
		for (int i = 0; i < pool.length; i++) {
			// Some random, some close together, to exercise the spreading of ids.
			pool[i] = (i % 2 == 0) ? UUID.randomUUID() : new UUID(i / 7, i % 7);
		}
		for (int i = 0; i < 300_000; i++) {
			UUID id = pool[random.nextInt(pool.length)];
			String bucket = "2027-05-1" + random.nextInt(3);

			assertThat(ids.add(bucket, id)).isEqualTo(expected.add(bucket + " " + id));
		}
	}

	@Test
	void keepsTheAllZeroIdLikeAnyOther() {
		AppliedEventIds ids = new AppliedEventIds();
		UUID zero = new UUID(0, 0);

		assertThat(ids.add("2027-05-12", zero)).isTrue();
		assertThat(ids.add("2027-05-12", zero)).isFalse();
		assertThat(ids.add("2027-05-13", zero)).isTrue();
	}

}
