package vn.congvu.reformindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a unit's result is compared with: its own result in the previous publication, or, for a unit formed in a
 * reorganisation (the 2025 wards), the plain mean of the former units it was formed from that have one, naming
 * them. Units of the previous year are not weighted by population or area: the records hold no such shares.
 */
final class Comparisons {

	private Comparisons() {
	}

	/** A unit this one was formed from. */
	record Former(long unitId, String name) {
	}

	static IndexInputs.@Nullable Previous previous(long unitId, Map<Long, BigDecimal> previous, int year,
			List<Former> formers) {
		if (previous.isEmpty()) {
			return null;
		}
		if (previous.containsKey(unitId)) {
			return new IndexInputs.Previous(previous.get(unitId), "năm " + year);
		}
		List<String> names = new ArrayList<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (Former former : formers) {
			if (previous.containsKey(former.unitId()) && !names.contains(former.name())) {
				sum = sum.add(previous.get(former.unitId()));
				names.add(former.name());
			}
		}
		if (names.isEmpty()) {
			return null;
		}
		return new IndexInputs.Previous(sum.divide(BigDecimal.valueOf(names.size()), 2, RoundingMode.HALF_UP),
				"năm " + year + ", bình quân " + names.size() + " đơn vị cũ: " + String.join(", ", names));
	}
}
