package vn.congvu.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Tỷ lệ xuất sắc: how many of a group may be rated excellent. Decree 335/2025: at most 20% of the number rated
 * "good" (read literally, not counting the excellent); Hà Nội 3814-QĐ/TU: at most 30% of all rated, 40% for a
 * collective with exceptional achievements by decision. The cap is rounded down: 20% of 7 is 1 person.
 *
 * @param cap how many may be excellent
 * @param excellent how many are
 */
public record Quota(String basis, BigDecimal percent, int base, int cap, int excellent) {

	/** The quota of a group with the given counts of rated, good and excellent people. */
	public static Quota of(EvaluationRuleSet rules, boolean exceptional, int rated, int good, int excellent) {
		BigDecimal percent = exceptional && rules.quotaPercentExceptional() != null ? rules.quotaPercentExceptional()
				: rules.quotaPercent();
		int base = "GOOD".equals(rules.quotaBasis()) ? good : rated;
		int cap = percent.multiply(BigDecimal.valueOf(base)).divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR)
			.intValueExact();
		return new Quota(rules.quotaBasis(), percent, base, cap, excellent);
	}

	/** By how many people the excellent exceed the cap (0 when within it). */
	public int over() {
		return Math.max(0, excellent - cap);
	}

	public boolean exceeded() {
		return over() > 0;
	}
}
