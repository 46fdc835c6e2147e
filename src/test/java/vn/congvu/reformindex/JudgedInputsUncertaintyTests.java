package vn.congvu.reformindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congvu.platform.UploadedFile;

/**
 * What the analysis varies: judged lines cut to their bounds, lines accepted as they were (by the methodology's
 * spread), the survey's sampling error, and the first format kept for the publications made with it.
 */
class JudgedInputsUncertaintyTests {

	@ParameterizedTest(name = "{0} points ± {1} in [0, {2}], sign {3} → centre {4}, half-width {5}")
	@CsvSource({
			"10, 2, 20,  1,  0,    2", // inside its bounds: as it was
			"20, 2, 20,  1, -1,    1", // at its maximum: only down, [18, 20]
			"0,  3, 20,  1,  1.5,  1.5", // at zero: only up, [0, 3]
			"1,  3, 2,   1,  0,    1", // both sides cut: [0, 2]
			"4,  2, 5,  -1,  0.5, -1.5", // a penalty of 4 of at most 5: [2, 5] centred at 3.5, counted negative
			"3,  5, 0,   1,  1,    4", // no maximum: only kept above 0, [0, 8]
			"7,  2, 5,   1,  0,    0", // points outside their own bounds: not varied
	})
	void aJudgedLineIsDrawnWithinItsBounds(double points, double halfWidth, double maximum, int sign, double centre,
			double half) {
		assertThat(UncertaintyModel.withinBounds(points, halfWidth, maximum, sign)).containsExactly(centre, half);
	}

	/** Two units of 100 points: the second claimed less on one line and the council raised it to the maximum. */
	@Test
	void aLineAtItsMaximumIsNeverDrawnAboveIt() {
		Map<String, BigDecimal> full = Map.of("1.1", new BigDecimal("25"), "1.2", new BigDecimal("15"), "2.1",
				new BigDecimal("30"), "3.1", BigDecimal.ZERO, "3.2", BigDecimal.ZERO);
		IndexInputs.Unit perfect = new IndexInputs.Unit(1, "U1", "Đơn vị 1", full, Map.of(), new BigDecimal("29"), null);
		IndexInputs.Unit raised = new IndexInputs.Unit(2, "U2", "Đơn vị 2", full, Map.of("2.1", new BigDecimal("20")),
				new BigDecimal("29"), null);
		IndexInputs inputs = IndexFixtures.inputs(List.of(perfect, raised));
		List<RankUncertainty.Interval> current = RankUncertainty.run(inputs, 3, 2_000);
		assertThat(current.getFirst()).as("no draw of the raised line beats the perfect unit")
			.extracting(RankUncertainty.Interval::drawnLow, RankUncertainty.Interval::drawnHigh).containsExactly(1, 1);
		assertThat(current.get(1)).as("tied at rank 1 as published; the draws put it second, so the interval reaches 1")
			.extracting(RankUncertainty.Interval::low, RankUncertainty.Interval::high, RankUncertainty.Interval::drawnLow,
					RankUncertainty.Interval::widened)
			.containsExactly(1, 2, 2, true);
		List<RankUncertainty.Interval> first = RankUncertainty.run(inputs, 3, 2_000, UncertaintyModel.FIRST_FORMAT);
		assertThat(first.getFirst().high()).as("the first format drew above the maximum half the time").isEqualTo(2);
	}

	@Test
	void linesAcceptedAsTheyWereVaryOnlyWhenTheMethodologySaysSo() {
		List<IndexInputs.Unit> units = List.of(IndexFixtures.unit(1, "20", "10", "20", "0", "0", "25"),
				IndexFixtures.unit(2, "20", "10", "21", "0", "0", "25"));
		IndexInputs fixed = withoutWeights(IndexFixtures.inputs(units), IndexInputs.Uncertainty.NONE);
		assertThat(RankUncertainty.run(fixed, 5, 1_000)).extracting(RankUncertainty.Interval::drawnHigh)
			.containsExactly(2, 1);
		IndexInputs spread = withoutWeights(IndexFixtures.inputs(units),
				new IndexInputs.Uncertainty(BigDecimal.TEN, null));
		assertThat(RankUncertainty.run(spread, 5, 1_000)).as("± 10% of each line's maximum can reorder one point")
			.extracting(RankUncertainty.Interval::drawnLow, RankUncertainty.Interval::drawnHigh)
			.containsExactly(tuple(1, 2), tuple(1, 2));
	}

	@Test
	void fewerSurveyAnswersGiveAWiderSpread() {
		IndexInputs.Unit a = IndexFixtures.unit(1, "20", "10", "20", "0", "0", "20");
		IndexInputs.Unit b = IndexFixtures.unit(2, "20", "10", "20", "0", "0", "21");
		IndexInputs many = withoutWeights(IndexFixtures.inputs(List.of(answers(a, 20_000), answers(b, 20_000))),
				IndexInputs.Uncertainty.NONE);
		IndexInputs few = withoutWeights(IndexFixtures.inputs(List.of(answers(a, 30), answers(b, 30))),
				IndexInputs.Uncertainty.NONE);
		assertThat(RankUncertainty.run(many, 9, 2_000)).as("20,000 answers: a point apart is sure")
			.extracting(RankUncertainty.Interval::drawnLow, RankUncertainty.Interval::drawnHigh)
			.containsExactly(tuple(2, 2), tuple(1, 1));
		assertThat(RankUncertainty.run(few, 9, 2_000)).as("30 answers: a point apart is not")
			.extracting(RankUncertainty.Interval::drawnLow, RankUncertainty.Interval::drawnHigh)
			.containsExactly(tuple(1, 2), tuple(1, 2));
		RankUncertainty.Sensitivity sensitivity = RankUncertainty.analyse(few, 9, 2_000).sensitivity();
		assertThat(sensitivity.survey().inputs()).isEqualTo(2);
		assertThat(sensitivity.weights().inputs()).isZero();
		assertThat(sensitivity.strongest()).isEqualTo(UncertaintySource.SURVEY);
	}

	@Test
	void aPublicationOfTheFirstFormatStillReproducesWithItsOwnAnalysis() throws Exception {
		String text;
		try (var in = getClass().getResourceAsStream("/reformindex/snapshot-version-1.json")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String sha256 = UploadedFile.sha256(text.getBytes(StandardCharsets.UTF_8));
		IndexPublications.Snapshot snapshot = IndexPublications.parse(text);
		assertThat(snapshot.formatNumber()).isEqualTo(1);
		assertThat(snapshot.sensitivity()).isNull();
		assertThat(snapshot.intervals()).allSatisfy(i -> assertThat(i.drawnLow()).isNull());
		assertThat(IndexPublications.reproduces(text, sha256)).isTrue();
		String otherSeed = text.replace("\"seed\":20181231", "\"seed\":20181232");
		assertThat(IndexPublications.reproduces(otherSeed, UploadedFile.sha256(otherSeed.getBytes(StandardCharsets.UTF_8))))
			.isFalse();
	}

	/**
	 * A publication of the current format, written by the analysis as it was before its draws and ranking were made
	 * faster (150 units; judged lines, lines accepted within 5%, surveys with and without their number of answers, and
	 * units without a survey; 3,000 draws): its figures and sensitivity summary must come out exactly the same, or a
	 * signed publication would stop verifying.
	 */
	@Test
	void aPublicationOfTheCurrentFormatMadeBeforeStillReproduces() throws Exception {
		String text;
		try (var in = getClass().getResourceAsStream("/reformindex/snapshot-version-2.json")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		IndexPublications.Snapshot snapshot = IndexPublications.parse(text);
		assertThat(snapshot.formatNumber()).isEqualTo(UncertaintyModel.CURRENT_FORMAT);
		assertThat(snapshot.intervals()).as("the draws move most ranks").filteredOn(i -> i.drawnHigh() > i.drawnLow() + 3)
			.hasSizeGreaterThan(100);
		assertThat(IndexPublications.reproduces(text, UploadedFile.sha256(text.getBytes(StandardCharsets.UTF_8)))).isTrue();
		String otherDraws = text.replace("\"draws\":3000", "\"draws\":2999");
		assertThat(IndexPublications.reproduces(otherDraws,
				UploadedFile.sha256(otherDraws.getBytes(StandardCharsets.UTF_8)))).isFalse();
	}

	private static IndexInputs.Unit answers(IndexInputs.Unit unit, int answers) {
		return new IndexInputs.Unit(unit.unitId(), unit.code(), unit.name(), unit.points(), unit.claimed(),
				unit.survey(), null, answers);
	}

	private static IndexInputs withoutWeights(IndexInputs inputs, IndexInputs.Uncertainty uncertainty) {
		List<Item> fixed = inputs.items().stream().map(i -> new Item(i.id(), i.code(), i.parentCode(), i.level(),
				i.position(), i.name(), i.maxPoints(), i.scoring(), i.source(), false, null, null, null)).toList();
		return new IndexInputs(inputs.year(), inputs.unitType(), inputs.methodologyName(), fixed, inputs.surveyMax(),
				inputs.groups(), inputs.units(), uncertainty);
	}
}
