package vn.congvu.reformindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every problem of a typed methodology, with its row and column; a correct one gives its items. */
class MethodologyTreeTests {

	private static MethodologyTree.Line line(int row, String code, String parent, String max, String scoring) {
		return new MethodologyTree.Line(row, code, parent, "Mục " + code, max, scoring, "", "", "", "", "");
	}

	/** 1 (40) = 1.1 (40); 2 (30) = 2.1 (20) + 2.2 (10); 3 (0) = 3.1 bonus (3); survey 30. */
	private static List<MethodologyTree.Line> good() {
		return new ArrayList<>(List.of(line(2, "1", "", "40", ""), line(3, "1.1", "1", "40", "Chấm điểm"),
				line(4, "2", "", "30", ""), line(5, "2.1", "2", "20", ""), line(6, "2.2", "2", "10", "MANUAL"),
				line(7, "3", "", "0", ""), line(8, "3.1", "3", "3", "Điểm thưởng")));
	}

	@Test
	void aCorrectTreeGivesItsItemsWithLevels() {
		MethodologyTree.Checked checked = MethodologyTree.check(good(), BigDecimal.valueOf(30));
		assertThat(checked.problems()).isEmpty();
		assertThat(checked.items()).extracting(Item::code, Item::level)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("1", 1), org.assertj.core.groups.Tuple.tuple("1.1", 2),
					org.assertj.core.groups.Tuple.tuple("2", 1), org.assertj.core.groups.Tuple.tuple("2.1", 2),
					org.assertj.core.groups.Tuple.tuple("2.2", 2), org.assertj.core.groups.Tuple.tuple("3", 1),
					org.assertj.core.groups.Tuple.tuple("3.1", 2));
		assertThat(checked.items().get(6).scoring()).isEqualTo(Item.Scoring.BONUS);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"duplicate code         | 9 | 2.1   | 2    | 5    |            | 9 | A | reform.import.duplicateCode",
			"unknown parent         | 9 | 4.1   | 4    | 5    |            | 9 | B | reform.import.unknownParent",
			"fourth level           | 9 | 2.1.1.1 | 2.1.1 | 0 |            | 9 | B | reform.import.tooDeep",
			"max not a number       | 9 | 3.2   | 3    | nhiều |           | 9 | D | reform.import.badMax",
			"unknown scoring        | 9 | 3.2   | 3    | 2    | Tùy ý      | 9 | E | reform.import.badScoring",
			"computed without data  | 9 | 3.2   | 3    | 2    | Tính từ dữ liệu | 9 | F | reform.import.sourceRequired",
			"code missing           | 9 |       | 3    | 2    |            | 9 | A | reform.import.codeRequired",
	})
	void aFaultyLineIsNamedByRowAndColumn(String what, int row, String code, String parent, String max, String scoring,
			int problemRow, String column, String key) {
		List<MethodologyTree.Line> lines = good();
		lines.add(line(row, code == null ? "" : code, parent == null ? "" : parent, max, scoring == null ? "" : scoring));
		if (what.equals("fourth level")) {
			lines.add(line(10, "2.1.1", "2.1", "0", ""));
		}
		MethodologyTree.Checked checked = MethodologyTree.check(lines, BigDecimal.valueOf(30));
		assertThat(checked.ok()).isFalse();
		assertThat(checked.items()).as("nothing accepted").isEmpty();
		assertThat(checked.problems()).anySatisfy(p -> {
			assertThat(p.row()).isEqualTo(problemRow);
			assertThat(p.column()).isEqualTo(column);
			assertThat(p.key()).isEqualTo(key);
		});
	}

	@Test
	void aParentThatIsNotTheSumOfItsChildrenAndATotalThatIsNot100AreBothReported() {
		List<MethodologyTree.Line> lines = good();
		lines.set(4, line(6, "2.2", "2", "15", "")); // 2 = 30 but 20 + 15 = 35
		MethodologyTree.Checked checked = MethodologyTree.check(lines, BigDecimal.valueOf(30));
		assertThat(checked.problems()).extracting(MethodologyTree.Problem::row, MethodologyTree.Problem::column,
				MethodologyTree.Problem::key)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(0, "", "reform.import.totalNot100"),
					org.assertj.core.groups.Tuple.tuple(4, "D", "reform.import.sumMismatch"));
		assertThat(checked.problems().get(1).arguments()).containsExactly("2", "30", "35");
	}

	@ParameterizedTest(name = "weights {0}–{1} → {2}")
	@CsvSource(delimiter = '|', value = {
			"80  | 120 | ",
			"100 | 100 | ",
			"100 | 150 | ",
			"50  | 100 | ",
			"110 | 150 | I reform.import.weightsWithoutNominal", // the case: the interval missed the rank
			"60  | 90  | J reform.import.weightsWithoutNominal",
			"0   | 120 | I reform.import.badWeights",
			"120 | 80  | I reform.import.badWeights",
	})
	void aContentsWeightRangeMustContainItsNominalWeight(String low, String high, String problem) {
		List<MethodologyTree.Line> lines = good();
		lines.set(0, new MethodologyTree.Line(2, "1", "", "Mục 1", "40", "", "", "", "", low, high));
		MethodologyTree.Checked checked = MethodologyTree.check(lines, BigDecimal.valueOf(30));
		if (problem == null) {
			assertThat(checked.problems()).isEmpty();
			assertThat(checked.items().getFirst().weightLow()).isEqualByComparingTo(low);
		}
		else {
			assertThat(checked.problems()).singleElement()
				.satisfies(p -> assertThat(p.row() + " " + p.column() + " " + p.key()).isEqualTo("2 " + problem));
			assertThat(checked.items()).isEmpty();
		}
	}

	@Test
	void theSurveyShareCompletesTheHundred() {
		assertThat(MethodologyTree.check(good(), BigDecimal.valueOf(25)).problems())
			.singleElement().satisfies(p -> assertThat(p.arguments()).containsExactly("70", "25"));
	}

	@Test
	void anEmptySheetIsAProblem() {
		assertThat(MethodologyTree.check(List.of(), BigDecimal.TEN).problems()).extracting(MethodologyTree.Problem::key)
			.containsExactly("reform.import.empty");
	}
}
