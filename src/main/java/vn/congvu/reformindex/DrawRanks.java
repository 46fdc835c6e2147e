package vn.congvu.reformindex;

import vn.congvu.shared.CompetitionRanking;

/**
 * The ranks of one draw's totals, and their counting into each unit's rank histogram. The rule is the system's one
 * ranking ({@link CompetitionRanking}: equal totals share the better rank, totals compared in millionths of a point),
 * done here on primitive keys because it runs for every unit of every draw.
 */
final class DrawRanks {

	private DrawRanks() {
	}

	/** Ranks are counted into the histogram this many draws at a time. */
	static final int BLOCK = 64;

	/**
	 * Adds {@code filled} draws' ranks to the histogram unit by unit. A unit's ranks in nearby draws are close, so its
	 * counts for a whole block fall on a few neighbouring cells, where counting each draw as it came would reach a
	 * distant cell of an n × n table for every unit of every draw.
	 */
	static void count(int[] block, int filled, int[] histogram, int n) {
		for (int u = 0; u < n; u++) {
			int row = u * n - 1;
			for (int b = 0, at = u; b < filled; b++, at += n) {
				histogram[row + block[at]]++;
			}
		}
	}

	private static final int INDEX_BITS = 22;

	/**
	 * Ranks one draw's totals (standard competition: equal totals share the better rank) into
	 * {@code ranks[offset + unit]}. Each total is packed with its unit's index into one long, so one primitive sort
	 * orders them; ranks are then read in one pass, best first.
	 */
	static void rank(double[] totals, long[] keys, long[] scratch, int[] ranks, int offset, int n) {
		for (int u = 0; u < n; u++) {
			// totals between -1,000 and 7,000 points (a 100-point scale leaves plenty of room) fit in 33 bits
			long quantized = Math.clamp(CompetitionRanking.millionths(totals[u] + 1_000), 0L, (1L << 33) - 1);
			keys[u] = (quantized << INDEX_BITS) | u;
		}
		radixSort(keys, scratch, n);
		int rank = 1;
		long previous = Long.MIN_VALUE;
		for (int i = n - 1, position = 1; i >= 0; i--, position++) {
			long value = keys[i] >>> INDEX_BITS;
			if (value != previous) {
				rank = position;
				previous = value;
			}
			ranks[offset + (int) (keys[i] & ((1 << INDEX_BITS) - 1))] = rank;
		}
	}

	private static final int DIGIT = 11;

	/**
	 * Sorts the keys {@link #rank} packs, ascending: three passes of an 11-bit least-significant-digit radix sort over
	 * the 33 bits of the total. The unit's index in the low bits needs no pass of its own: the keys come in the order of
	 * their indices and each pass keeps the order of equal digits, so equal totals stay in index order, exactly as a
	 * sort of the whole key would leave them.
	 */
	static void radixSort(long[] keys, long[] scratch, int n) {
		int[] counts = new int[1 << DIGIT];
		long[] from = keys;
		long[] to = scratch;
		for (int shift = INDEX_BITS; shift < INDEX_BITS + 33; shift += DIGIT) {
			java.util.Arrays.fill(counts, 0);
			for (int i = 0; i < n; i++) {
				counts[(int) (from[i] >>> shift) & ((1 << DIGIT) - 1)]++;
			}
			for (int d = 0, sum = 0; d < counts.length; d++) {
				int count = counts[d];
				counts[d] = sum;
				sum += count;
			}
			for (int i = 0; i < n; i++) {
				to[counts[(int) (from[i] >>> shift) & ((1 << DIGIT) - 1)]++] = from[i];
			}
			long[] swap = from;
			from = to;
			to = swap;
		}
		if (from != keys) {
			System.arraycopy(from, 0, keys, 0, n);
		}
	}
}
