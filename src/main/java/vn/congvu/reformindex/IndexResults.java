package vn.congvu.reformindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.congvu.shared.CompetitionRanking;

/**
 * The results of a year from its inputs: each unit's appraisal points (leaves rolled up to contents, bonuses added,
 * penalties subtracted), survey points, total and percent of the maximum, its rank (standard competition ranking on
 * the unrounded totals: ties share a rank, 1, 2, 2, 4), its group by threshold, and its score and rank per content.
 * Plain arithmetic on {@link BigDecimal}: the same inputs always give the same figures.
 */
public final class IndexResults {

	static final int SCALE = 2;
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private IndexResults() {
	}

	/**
	 * One unit's result.
	 *
	 * @param converted no survey: the appraisal points were converted to the 100-point scale
	 * @param change percent against last year's (or the former units'), null when there is nothing to compare
	 */
	public record UnitResult(long unitId, String code, String name, BigDecimal appraisal, @Nullable BigDecimal survey,
			BigDecimal total, BigDecimal percent, boolean converted, int rank, @Nullable String group,
			Map<String, BigDecimal> contents, Map<String, Integer> contentRanks, @Nullable BigDecimal change,
			@Nullable String changeBasis) {
	}

	/** The maximum appraisal points: the counted leaves' maxima. */
	static BigDecimal appraisalMax(List<Item> items) {
		return leaves(items).stream().filter(i -> i.scoring().counted()).map(Item::maxPoints)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Items without children: where points are given. */
	static List<Item> leaves(List<Item> items) {
		java.util.Set<String> parents = new java.util.HashSet<>();
		items.forEach(i -> {
			if (i.parentCode() != null) {
				parents.add(i.parentCode());
			}
		});
		return items.stream().filter(i -> !parents.contains(i.code())).toList();
	}

	/** The content (level-1 item) each item belongs to, by code. */
	static Map<String, String> contentOf(List<Item> items) {
		Map<String, Item> byCode = new HashMap<>();
		items.forEach(i -> byCode.put(i.code(), i));
		Map<String, String> content = new HashMap<>();
		for (Item item : items) {
			Item top = item;
			while (top.parentCode() != null && byCode.containsKey(top.parentCode())) {
				top = byCode.get(top.parentCode());
			}
			content.put(item.code(), top.code());
		}
		return content;
	}

	public static List<UnitResult> compute(IndexInputs inputs) {
		List<Item> leaves = leaves(inputs.items());
		Map<String, String> contentOf = contentOf(inputs.items());
		List<String> contents = inputs.items().stream().filter(i -> i.level() == 1).map(Item::code).toList();
		BigDecimal appraisalMax = appraisalMax(inputs.items());
		List<Partial> partials = new ArrayList<>();
		for (IndexInputs.Unit unit : inputs.units()) {
			Map<String, BigDecimal> byContent = new LinkedHashMap<>();
			contents.forEach(c -> byContent.put(c, BigDecimal.ZERO));
			for (Item leaf : leaves) {
				BigDecimal points = unit.points().getOrDefault(leaf.code(), BigDecimal.ZERO);
				byContent.merge(contentOf.get(leaf.code()), points.multiply(BigDecimal.valueOf(leaf.sign())),
						BigDecimal::add);
			}
			BigDecimal appraisal = byContent.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			boolean converted = unit.survey() == null && inputs.surveyMax().signum() > 0;
			BigDecimal total = converted
					? appraisal.multiply(HUNDRED).divide(appraisalMax, 6, RoundingMode.HALF_UP)
					: appraisal.add(unit.survey() == null ? BigDecimal.ZERO : unit.survey());
			partials.add(new Partial(unit, byContent, appraisal, total, converted));
		}
		Map<Long, Integer> ranks = ranks(partials, Partial::total);
		Map<String, Map<Long, Integer>> contentRanks = new HashMap<>();
		for (String content : contents) {
			contentRanks.put(content, ranks(partials, p -> p.contents().get(content)));
		}
		List<IndexInputs.Group> groups = inputs.groups().stream()
			.sorted(Comparator.comparing(IndexInputs.Group::minPercent).reversed()).toList();
		List<UnitResult> results = new ArrayList<>();
		for (Partial p : partials) {
			BigDecimal percent = p.total().setScale(SCALE, RoundingMode.HALF_UP); // the scale is 100 points
			String group = groups.stream().filter(g -> p.total().compareTo(g.minPercent()) >= 0)
				.map(IndexInputs.Group::label).findFirst().orElse(null);
			Map<String, BigDecimal> shown = new LinkedHashMap<>();
			Map<String, Integer> byContentRank = new LinkedHashMap<>();
			p.contents().forEach((code, value) -> {
				shown.put(code, value.setScale(SCALE, RoundingMode.HALF_UP));
				byContentRank.put(code, contentRanks.get(code).get(p.unit().unitId()));
			});
			IndexInputs.Previous previous = p.unit().previous();
			results.add(new UnitResult(p.unit().unitId(), p.unit().code(), p.unit().name(),
					p.appraisal().setScale(SCALE, RoundingMode.HALF_UP),
					p.unit().survey() == null ? null : p.unit().survey().setScale(SCALE, RoundingMode.HALF_UP),
					p.total().setScale(SCALE, RoundingMode.HALF_UP), percent, p.converted(),
					ranks.get(p.unit().unitId()), group, shown, byContentRank,
					previous == null ? null : percent.subtract(previous.percent()).setScale(SCALE, RoundingMode.HALF_UP),
					previous == null ? null : previous.basis()));
		}
		results.sort(Comparator.comparingInt(UnitResult::rank).thenComparing(UnitResult::code));
		return results;
	}

	private record Partial(IndexInputs.Unit unit, Map<String, BigDecimal> contents, BigDecimal appraisal,
			BigDecimal total, boolean converted) {
	}

	/** Each unit's rank by {@code value} ({@link CompetitionRanking}). */
	private static Map<Long, Integer> ranks(List<Partial> partials,
			java.util.function.Function<Partial, BigDecimal> value) {
		Map<Long, Integer> ranks = new HashMap<>();
		CompetitionRanking.of(partials, value).forEach(r -> ranks.put(r.item().unit().unitId(), r.rank()));
		return ranks;
	}
}
