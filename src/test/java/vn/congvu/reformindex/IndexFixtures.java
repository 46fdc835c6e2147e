package vn.congvu.reformindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small methodology (two contents, a bonus/penalty content, survey 30) and units built from totals. */
final class IndexFixtures {

	private IndexFixtures() {
	}

	static Item item(String code, String parent, int level, String max, Item.Scoring scoring) {
		return new Item(0, code, parent, level, 0, "Mục " + code, new BigDecimal(max), scoring, null, false, null,
				level == 1 && scoring == Item.Scoring.MANUAL ? BigDecimal.valueOf(80) : null,
				level == 1 && scoring == Item.Scoring.MANUAL ? BigDecimal.valueOf(120) : null);
	}

	/** 1 (40) = 1.1 (25) + 1.2 (15); 2 (30) = 2.1 (30); 3 (0) = 3.1 bonus 5 + 3.2 penalty 5; survey 30. */
	static List<Item> items() {
		return List.of(item("1", null, 1, "40", Item.Scoring.MANUAL), item("1.1", "1", 2, "25", Item.Scoring.MANUAL),
				item("1.2", "1", 2, "15", Item.Scoring.MANUAL), item("2", null, 1, "30", Item.Scoring.MANUAL),
				item("2.1", "2", 2, "30", Item.Scoring.MANUAL), item("3", null, 1, "0", Item.Scoring.MANUAL),
				item("3.1", "3", 2, "5", Item.Scoring.BONUS), item("3.2", "3", 2, "5", Item.Scoring.PENALTY));
	}

	static IndexInputs.Unit unit(long id, String a, String b, String c, String bonus, String penalty, String survey) {
		Map<String, BigDecimal> points = new HashMap<>();
		points.put("1.1", new BigDecimal(a));
		points.put("1.2", new BigDecimal(b));
		points.put("2.1", new BigDecimal(c));
		points.put("3.1", new BigDecimal(bonus));
		points.put("3.2", new BigDecimal(penalty));
		return new IndexInputs.Unit(id, "U" + id, "Đơn vị " + id, points, Map.of(),
				survey == null ? null : new BigDecimal(survey), null);
	}

	static IndexInputs inputs(List<IndexInputs.Unit> units) {
		return new IndexInputs(2018, "WARD", "Thử", items(), BigDecimal.valueOf(30),
				List.of(new IndexInputs.Group("A", BigDecimal.valueOf(90)), new IndexInputs.Group("B", BigDecimal.valueOf(80)),
						new IndexInputs.Group("C", BigDecimal.ZERO)), units);
	}

	/** {@code n} units with spread totals and some council adjustments (claimed above final). */
	static IndexInputs many(int n, long seed) {
		java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
		List<IndexInputs.Unit> units = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			IndexInputs.Unit u = unit(i + 1, String.valueOf(10 + random.nextInt(16)), String.valueOf(5 + random.nextInt(11)),
					String.valueOf(15 + random.nextInt(16)), String.valueOf(random.nextInt(3)), "0",
					String.valueOf(20 + random.nextInt(11)));
			Map<String, BigDecimal> claimed = new HashMap<>();
			if (i % 3 == 0) {
				claimed.put("1.1", u.points().get("1.1").add(BigDecimal.valueOf(2)));
			}
			units.add(new IndexInputs.Unit(u.unitId(), u.code(), u.name(), u.points(), claimed, u.survey(), null));
		}
		return inputs(units);
	}
}
