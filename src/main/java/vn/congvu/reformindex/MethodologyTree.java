package vn.congvu.reformindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks a methodology's lines as an officer typed them (in a workbook): every problem is listed with its row and
 * column, and nothing is accepted until all are fixed. Checks: codes present and unique, parents known, at most three
 * levels, names present, maxima non-negative numbers, a known way of scoring (a computed line names its data), weight
 * ranges only on contents, every parent's maximum equal to the sum of its counted children, and the counted leaves
 * plus the survey making 100 points.
 */
public final class MethodologyTree {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private MethodologyTree() {
	}

	/** One line as typed: every cell a text, as read (blank cells are empty strings). */
	public record Line(int row, String code, String parentCode, String name, String maxPoints, String scoring,
			String source, String evidence, String guidance, String weightLow, String weightHigh) {
	}

	/**
	 * A problem at a cell: the message key and its arguments. Row 0 means the whole sheet. Serializable: the list of
	 * problems travels to the next page in the session (a flash attribute), which is stored in PostgreSQL.
	 */
	public record Problem(int row, String column, String key, List<String> arguments) implements java.io.Serializable {

		public Problem {
			arguments = List.copyOf(arguments);
		}
	}

	/** Either the items (problems empty) or the problems. */
	public record Checked(List<Item> items, List<Problem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}
	}

	public static Checked check(List<Line> lines, BigDecimal surveyPoints) {
		List<Problem> problems = new ArrayList<>();
		if (lines.isEmpty()) {
			problems.add(new Problem(0, "", "reform.import.empty", List.of()));
			return new Checked(List.of(), problems);
		}
		Map<String, Line> byCode = new LinkedHashMap<>();
		for (Line line : lines) {
			if (line.code().isBlank()) {
				problems.add(problem(line, "A", "reform.import.codeRequired"));
			}
			else if (byCode.containsKey(line.code())) {
				problems.add(problem(line, "A", "reform.import.duplicateCode", line.code(),
						String.valueOf(byCode.get(line.code()).row())));
			}
			else {
				byCode.put(line.code(), line);
			}
		}
		Map<String, Integer> levels = new HashMap<>();
		List<Item> items = new ArrayList<>();
		int position = 0;
		for (Line line : lines) {
			position++;
			if (line.code().isBlank() || byCode.get(line.code()) != line) {
				continue;
			}
			Integer level = level(line, byCode, problems);
			if (line.name().isBlank()) {
				problems.add(problem(line, "C", "reform.import.nameRequired"));
			}
			BigDecimal max = number(line.maxPoints());
			if (max == null || max.signum() < 0) {
				problems.add(problem(line, "D", "reform.import.badMax", line.maxPoints()));
			}
			Item.Scoring scoring = scoring(line.scoring());
			if (scoring == null) {
				problems.add(problem(line, "E", "reform.import.badScoring", line.scoring()));
			}
			Item.Source source = source(line.source());
			if (!line.source().isBlank() && source == null) {
				problems.add(problem(line, "F", "reform.import.badSource", line.source()));
			}
			else if (scoring == Item.Scoring.COMPUTED && source == null) {
				problems.add(problem(line, "F", "reform.import.sourceRequired"));
			}
			else if (scoring != null && scoring != Item.Scoring.COMPUTED && source != null) {
				problems.add(problem(line, "F", "reform.import.sourceOnlyComputed"));
			}
			BigDecimal low = number(line.weightLow());
			BigDecimal high = number(line.weightHigh());
			boolean weighted = !line.weightLow().isBlank() || !line.weightHigh().isBlank();
			if (weighted && level != null && level != 1) {
				problems.add(problem(line, "I", "reform.import.weightOnlyContents"));
			}
			else if (weighted && (low == null || high == null || low.signum() <= 0 || high.compareTo(low) < 0)) {
				problems.add(problem(line, "I", "reform.import.badWeights", line.weightLow(), line.weightHigh()));
			}
			else if (weighted && (low.compareTo(HUNDRED) > 0 || high.compareTo(HUNDRED) < 0)) {
				// the analysis is centred on the published figures: a range that leaves out 100% would move every draw
				// away from them, and the interval could miss the published rank
				problems.add(problem(line, low.compareTo(HUNDRED) > 0 ? "I" : "J", "reform.import.weightsWithoutNominal",
						line.weightLow(), line.weightHigh()));
			}
			if (level != null) {
				levels.put(line.code(), level);
			}
			items.add(new Item(0, line.code(), line.parentCode().isBlank() ? null : line.parentCode(),
					level == null ? 1 : level, position, line.name().strip(), max == null ? BigDecimal.ZERO : max,
					scoring == null ? Item.Scoring.MANUAL : scoring, source, yes(line.evidence()),
					line.guidance().isBlank() ? null : line.guidance().strip(), weighted ? low : null,
					weighted ? high : null));
		}
		if (problems.isEmpty()) {
			sums(items, byCode, surveyPoints, problems);
		}
		problems.sort(java.util.Comparator.comparingInt(Problem::row).thenComparing(Problem::column));
		return new Checked(problems.isEmpty() ? items : List.of(), problems);
	}

	private static @Nullable Integer level(Line line, Map<String, Line> byCode, List<Problem> problems) {
		int level = 1;
		Line current = line;
		while (!current.parentCode().isBlank()) {
			Line parent = byCode.get(current.parentCode());
			if (parent == null) {
				if (current == line) {
					problems.add(problem(line, "B", "reform.import.unknownParent", line.parentCode()));
				}
				return null;
			}
			level++;
			if (level > 3) {
				problems.add(problem(line, "B", "reform.import.tooDeep"));
				return null;
			}
			current = parent;
		}
		return level;
	}

	/** Parents equal the sum of their counted children; counted leaves and the survey make 100. */
	private static void sums(List<Item> items, Map<String, Line> byCode, BigDecimal surveyPoints,
			List<Problem> problems) {
		Map<String, BigDecimal> counted = new HashMap<>();
		List<Item> leaves = IndexResults.leaves(items);
		for (Item leaf : leaves) {
			BigDecimal value = leaf.scoring().counted() ? leaf.maxPoints() : BigDecimal.ZERO;
			String parent = leaf.parentCode();
			while (parent != null) {
				counted.merge(parent, value, BigDecimal::add);
				parent = byCode.get(parent).parentCode().isBlank() ? null : byCode.get(parent).parentCode();
			}
		}
		for (Item item : items) {
			BigDecimal sum = counted.get(item.code());
			if (sum != null && sum.compareTo(item.maxPoints()) != 0) {
				problems.add(problem(byCode.get(item.code()), "D", "reform.import.sumMismatch", item.code(),
						plain(item.maxPoints()), plain(sum)));
			}
		}
		BigDecimal appraisal = IndexResults.appraisalMax(items);
		if (appraisal.add(surveyPoints).compareTo(HUNDRED) != 0) {
			problems.add(new Problem(0, "", "reform.import.totalNot100",
					List.of(plain(appraisal), plain(surveyPoints))));
		}
	}

	static @Nullable BigDecimal number(String text) {
		try {
			return vn.congvu.shared.VietnameseNumbers.decimal(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The ways of scoring, by their code or their Vietnamese label in the workbook. */
	static final Map<String, Item.Scoring> SCORING_LABELS = Map.of("chấm điểm", Item.Scoring.MANUAL,
			"điểm thưởng", Item.Scoring.BONUS, "điểm trừ", Item.Scoring.PENALTY, "tính từ dữ liệu",
			Item.Scoring.COMPUTED);

	static final Map<String, Item.Source> SOURCE_LABELS = Map.of("hồ sơ một cửa đúng hạn",
			Item.Source.ONE_STOP_ON_TIME, "chỉ số hài lòng", Item.Source.SATISFACTION, "khắc phục đúng hạn",
			Item.Source.CORRECTIVE_ON_TIME);

	static Item.@Nullable Scoring scoring(String text) {
		String t = text.strip();
		if (t.isEmpty()) {
			return Item.Scoring.MANUAL;
		}
		for (Item.Scoring s : Item.Scoring.values()) {
			if (s.name().equalsIgnoreCase(t)) {
				return s;
			}
		}
		return SCORING_LABELS.get(t.toLowerCase(java.util.Locale.ROOT));
	}

	static Item.@Nullable Source source(String text) {
		String t = text.strip();
		for (Item.Source s : Item.Source.values()) {
			if (s.name().equalsIgnoreCase(t)) {
				return s;
			}
		}
		return SOURCE_LABELS.get(t.toLowerCase(java.util.Locale.ROOT));
	}

	private static boolean yes(String text) {
		String t = text.strip().toLowerCase(java.util.Locale.ROOT);
		return t.equals("có") || t.equals("x") || t.equals("yes") || t.equals("true");
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static Problem problem(Line line, String column, String key, String... arguments) {
		return new Problem(line.row(), column, key, List.of(arguments));
	}
}
