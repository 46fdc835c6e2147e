package vn.congvu.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SatisfactionIndexTests {

	/**
	 * Each row: counts as ELEMENT:answers:satisfied separated by spaces, then the expected overall percent (blank
	 * when there is no index).
	 */
	@ParameterizedTest(name = "{0} gives {1}")
	@CsvSource(delimiter = '|', textBlock = """
			''                                                        |
			ACCESS:1:1                                                | 100.0
			ACCESS:1:0                                                | 0.0
			ACCESS:3:2                                                | 66.7
			ACCESS:10:9 PROCEDURE:10:5                                | 70.0
			ACCESS:1000:1000 PROCEDURE:2:0                            | 50.0
			ACCESS:4:4 OFFICER:4:2 RESULT:4:1 FEEDBACK_HANDLING:4:3 PROCEDURE:4:0 | 50.0
			OVERALL:7:7 REASON:3:3                                    | 100.0
			REASON:5:5                                                |
			ACCESS:0:0                                                |
			ACCESS:2:1 ACCESS:2:2                                     | 75.0
			""")
	void theOverallIndexIsTheMeanOfElementShares(String counts, Double expected) {
		List<SatisfactionIndex.Count> list = new ArrayList<>();
		for (String part : counts.isBlank() ? new String[0] : counts.strip().split("\\s+")) {
			String[] fields = part.split(":");
			list.add(new SatisfactionIndex.Count(SatisfactionElement.valueOf(fields[0]), Long.parseLong(fields[1]),
					Long.parseLong(fields[2])));
		}
		SatisfactionIndex index = SatisfactionIndex.of(list, 0);
		assertThat(index.percent()).isEqualTo(expected);
	}

	@Test
	void reasonsAreNotScoredAndElementsWithoutAnswersHaveNoShare() {
		SatisfactionIndex index = SatisfactionIndex.of(List.of(
				new SatisfactionIndex.Count(SatisfactionElement.REASON, 4, 4),
				new SatisfactionIndex.Count(SatisfactionElement.ACCESS, 0, 0),
				new SatisfactionIndex.Count(SatisfactionElement.RESULT, 5, 4)), 5);
		assertThat(index.elements()).doesNotContainKey(SatisfactionElement.REASON);
		assertThat(index.percent(SatisfactionElement.ACCESS)).isNull();
		assertThat(index.percent(SatisfactionElement.RESULT)).isEqualTo(80.0);
		assertThat(index.percent(SatisfactionElement.OFFICER)).isNull();
		assertThat(index.responses()).isEqualTo(5);
	}

	@Test
	void impossibleCountsAreRefused() {
		assertThatThrownBy(() -> SatisfactionIndex.of(
				List.of(new SatisfactionIndex.Count(SatisfactionElement.ACCESS, 2, 3)), 2))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SatisfactionIndex.of(
				List.of(new SatisfactionIndex.Count(SatisfactionElement.ACCESS, 2, -1)), 2))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
