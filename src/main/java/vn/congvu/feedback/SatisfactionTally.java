package vn.congvu.feedback;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The second step of the satisfaction summary: the grouped counts of one kind (units, desks, officers, months) added
 * up into rows, by key in key order; groups sharing a key (a unit under two names, say) are added together.
 */
final class SatisfactionTally {

	private final Map<String, String> labels = new TreeMap<>();
	private final Map<String, Map<SatisfactionElement, long[]>> counts = new HashMap<>();

	void add(String[] keyAndLabel, SatisfactionElement element, long answers, long satisfied) {
		labels.putIfAbsent(keyAndLabel[0], keyAndLabel[1]);
		long[] sums = counts.computeIfAbsent(keyAndLabel[0], k -> new EnumMap<>(SatisfactionElement.class))
			.computeIfAbsent(element, e -> new long[2]);
		sums[0] += answers;
		sums[1] += satisfied;
	}

	List<SatisfactionQueries.Row> list() {
		List<SatisfactionQueries.Row> rows = new ArrayList<>(labels.size());
		labels.forEach((key, label) -> {
			List<SatisfactionIndex.Count> list = new ArrayList<>();
			long responses = 0;
			for (Map.Entry<SatisfactionElement, long[]> entry : counts.get(key).entrySet()) {
				list.add(new SatisfactionIndex.Count(entry.getKey(), entry.getValue()[0], entry.getValue()[1]));
				responses = Math.max(responses, entry.getValue()[0]);
			}
			rows.add(new SatisfactionQueries.Row(key, label, SatisfactionIndex.of(list, responses), true));
		});
		return rows;
	}
}
