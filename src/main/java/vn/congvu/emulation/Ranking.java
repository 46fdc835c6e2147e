package vn.congvu.emulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Standard competition ranking ("1, 2, 2, 4"): equal totals share a rank and the next rank skips as many places.
 * Totals are compared unrounded.
 */
public final class Ranking {

	private Ranking() {
	}

	public record Ranked<T>(int rank, T item, BigDecimal total) {
	}

	public static <T> List<Ranked<T>> of(List<T> items, java.util.function.Function<T, BigDecimal> total) {
		List<T> sorted = new ArrayList<>(items);
		sorted.sort(Comparator.comparing(total).reversed());
		List<Ranked<T>> ranked = new ArrayList<>(sorted.size());
		for (int i = 0; i < sorted.size(); i++) {
			BigDecimal value = total.apply(sorted.get(i));
			boolean tie = i > 0 && value.compareTo(ranked.get(i - 1).total()) == 0;
			ranked.add(new Ranked<>(tie ? ranked.get(i - 1).rank() : i + 1, sorted.get(i), value));
		}
		return ranked;
	}
}
