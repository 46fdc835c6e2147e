package vn.congvu.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Standard competition ranking ("1, 2, 2, 4"), the one rule behind every ranking the system publishes: an emulation
 * review's table, the PAR Index and the ranks of its uncertainty draws. The highest total ranks first; equal totals
 * share a rank, and the next rank skips as many places as shared it.
 *
 * <p>Two totals are equal when they agree to a millionth of a point. A decimal total is rounded half up to six places
 * before it is compared: the PAR Index's converted totals carry exactly six and every other total fewer, so for them
 * this is comparing the figures as stored. A total computed in floating point (each uncertainty draw) is compared in
 * whole millionths ({@link #millionths(double)}), so that the rounding noise in its last bits never splits a tie.
 */
public final class CompetitionRanking {

	/** Decimal places to which totals are compared. */
	public static final int PLACES = 6;

	private static final double MILLION = 1e6;

	private CompetitionRanking() {
	}

	/** An item with its rank and its total. */
	public record Ranked<T>(int rank, T item, BigDecimal total) {
	}

	/** The items ranked by {@code total}, best first; tied items keep their given order. */
	public static <T> List<Ranked<T>> of(List<T> items, Function<T, BigDecimal> total) {
		List<T> sorted = new ArrayList<>(items);
		sorted.sort(Comparator.comparing((T item) -> compared(total.apply(item))).reversed());
		List<Ranked<T>> ranked = new ArrayList<>(sorted.size());
		for (int i = 0; i < sorted.size(); i++) {
			BigDecimal value = total.apply(sorted.get(i));
			boolean tie = i > 0 && compared(value).compareTo(compared(ranked.get(i - 1).total())) == 0;
			ranked.add(new Ranked<>(tie ? ranked.get(i - 1).rank() : i + 1, sorted.get(i), value));
		}
		return ranked;
	}

	/** A floating-point total in whole millionths of a point, the unit in which such totals are compared. */
	public static long millionths(double points) {
		return Math.round(points * MILLION);
	}

	private static BigDecimal compared(BigDecimal total) {
		return total.setScale(PLACES, RoundingMode.HALF_UP);
	}
}
