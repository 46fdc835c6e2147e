package vn.congvu.reformindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The draws' own generator gives the values the JDK's generator gave for the same seed, which made the publications
 * already signed: longs, doubles and normal draws, mixed in the order a draw takes them.
 */
class DrawStreamTests {

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 0, 1, -1, 7, 20181231, Long.MIN_VALUE, Long.MAX_VALUE, 0x9E3779B97F4A7C15L })
	void theSameSeedGivesTheSameSequenceAsTheGeneratorPublicationsWereMadeWith(long seed) {
		SplittableRandom reference = new SplittableRandom(seed);
		DrawStream stream = new DrawStream(seed);
		for (int i = 0; i < 2_000; i++) {
			switch (i % 4) {
				case 0 -> assertThat(stream.nextLong()).as("value %d", i).isEqualTo(reference.nextLong());
				case 1, 2 -> assertThat(stream.nextDouble()).as("value %d", i).isEqualTo(reference.nextDouble());
				default -> assertThat(stream.nextGaussian()).as("value %d", i).isEqualTo(reference.nextGaussian());
			}
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 3, 20261208 })
	void theCounterAdvancedByHandGivesTheSameValues(long seed) {
		DrawStream stream = new DrawStream(seed);
		long counter = seed;
		for (int i = 0; i < 100; i++) {
			counter += DrawStream.GAMMA;
			assertThat(DrawStream.toDouble(DrawStream.mix(counter))).isEqualTo(stream.nextDouble());
		}
		assertThat(stream.counter).isEqualTo(counter);
	}
}
