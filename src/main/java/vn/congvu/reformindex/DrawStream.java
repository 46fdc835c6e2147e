package vn.congvu.reformindex;

import java.util.random.RandomGenerator;

/**
 * The random numbers of one draw: the SplitMix64 sequence (a 64-bit counter advanced by the golden-ratio constant, each
 * value its counter mixed by two multiply-xorshift rounds), which is what {@link java.util.SplittableRandom} made from a
 * seed when publications of both formats were first signed. Written out here so that a signed publication keeps
 * reproducing whatever a later JDK does to its own generator, and so that the draw's hot loop can keep the counter in a
 * register ({@link #next(long)}, {@link #toDouble(long)}) instead of calling through an object for each line.
 *
 * <p>Only the normal draw of a survey's sampling error goes through the JDK ({@link RandomGenerator#nextGaussian()},
 * which takes as many values from {@link #nextLong()} as its method needs).
 */
final class DrawStream implements RandomGenerator {

	/** The counter's step: 2^64 divided by the golden ratio, odd. */
	static final long GAMMA = 0x9E3779B97F4A7C15L;

	/** The counter: the next value is {@code mix(counter + GAMMA)}. */
	long counter;

	DrawStream(long seed) {
		counter = seed;
	}

	/** The value for a counter already advanced. */
	static long mix(long counter) {
		long z = (counter ^ (counter >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** A value's top 53 bits as a double in [0, 1). */
	static double toDouble(long value) {
		return (value >>> 11) * 0x1.0p-53;
	}

	@Override
	public long nextLong() {
		counter += GAMMA;
		return mix(counter);
	}

	@Override
	public double nextDouble() {
		return toDouble(nextLong());
	}
}
