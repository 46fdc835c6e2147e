package vn.congvu.reformindex;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.TextLimits;

/**
 * The survey component (điều tra xã hội học): each unit's survey points, from the satisfaction index of the year
 * that citizens gave through this system, or imported from an outside survey's results. A unit without survey points
 * has its appraisal converted to the 100-point scale.
 */
@Service
@Transactional
public class SurveyScores {

	private final JdbcClient jdbc;
	private final Methodologies methodologies;
	private final Assessments assessments;
	private final ComputedPoints computed;
	private final AuditLog audit;

	SurveyScores(JdbcClient jdbc, Methodologies methodologies, Assessments assessments, ComputedPoints computed,
			AuditLog audit) {
		this.jdbc = jdbc;
		this.methodologies = methodologies;
		this.assessments = assessments;
		this.computed = computed;
		this.audit = audit;
	}

	/** Sets every unit's survey points from the satisfaction index of the year (or leaves them empty, saying why). */
	public int surveyFromSatisfaction(Viewer viewer, long methodologyId) {
		NotPermittedException.unless(viewer.mayManageReformIndex());
		Methodology methodology = methodologies.find(methodologyId);
		int set = 0;
		for (Assessments.Assessment assessment : assessments.ofMethodology(viewer, methodologyId)) {
			if (assessment.status() == AssessmentStatus.FINAL) {
				continue;
			}
			ComputedPoints.Survey survey = computed.survey(assessment.unitId(), methodology.year(),
					methodology.surveyPoints());
			jdbc.sql("""
					update reformindex.assessment set survey_points = :p, survey_source = :s, survey_answers = :n
					where id = :a""")
				.param("p", survey.points()).param("s", survey.source()).param("n", survey.answers())
				.param("a", assessment.id()).update();
			set += survey.points() == null ? 0 : 1;
		}
		audit.record("reform.survey", "reform_methodology", methodologyId, null, Map.of("units", set));
		return set;
	}

	/**
	 * A unit's survey result as imported (from the survey's own workbook), with the number of answers behind it when
	 * the survey gives it (blank: unknown).
	 */
	public record SurveyRow(int row, String unitCode, String points, String answers) {

		public SurveyRow(int row, String unitCode, String points) {
			this(row, unitCode, points, "");
		}
	}

	/**
	 * Sets survey points from imported results: every row must name a unit assessed with this methodology and give
	 * points within the survey's share; otherwise nothing is changed and every problem is reported, each with its row
	 * and column ({@link ImportProblems}).
	 */
	public int importSurvey(Viewer viewer, long methodologyId, List<SurveyRow> rows, String source) {
		NotPermittedException.unless(viewer.mayManageReformIndex());
		Methodology methodology = methodologies.find(methodologyId);
		if (source == null || source.isBlank()) {
			throw new InvalidInputException("reform.survey.sourceRequired");
		}
		TextLimits.require(source, 200);
		Map<String, Assessments.Assessment> byCode = new java.util.HashMap<>();
		assessments.ofMethodology(viewer, methodologyId).forEach(a -> byCode.put(a.unitCode(), a));
		Map<Long, BigDecimal> points = new java.util.LinkedHashMap<>();
		Map<Long, Integer> answers = new HashMap<>();
		List<MethodologyTree.Problem> problems = new java.util.ArrayList<>();
		for (SurveyRow row : rows) {
			String at = String.valueOf(row.row());
			Assessments.Assessment assessment = byCode.get(row.unitCode().strip());
			if (assessment == null) {
				problems.add(new MethodologyTree.Problem(row.row(), "A", "reform.survey.unknownUnit",
						List.of(at, row.unitCode())));
			}
			else if (assessment.status() == AssessmentStatus.FINAL) {
				problems.add(new MethodologyTree.Problem(row.row(), "A", "reform.survey.final",
						List.of(at, assessment.unitName())));
			}
			BigDecimal value = MethodologyTree.number(row.points());
			if (value == null || value.signum() < 0 || value.compareTo(methodology.surveyPoints()) > 0
					|| value.scale() > 2) {
				problems.add(new MethodologyTree.Problem(row.row(), "B", "reform.survey.outOfRange",
						List.of(at, row.points(), MethodologyTree.plain(methodology.surveyPoints()))));
			}
			else if (assessment != null) {
				points.put(assessment.id(), value);
			}
			BigDecimal count = row.answers().isBlank() ? null : MethodologyTree.number(row.answers());
			if (!row.answers().isBlank() && (count == null || count.signum() <= 0 || count.stripTrailingZeros().scale() > 0
					|| count.compareTo(BigDecimal.valueOf(10_000_000)) > 0)) {
				problems.add(new MethodologyTree.Problem(row.row(), "C", "reform.survey.badAnswers",
						List.of(at, row.answers())));
			}
			else if (count != null && assessment != null) {
				answers.put(assessment.id(), count.intValueExact());
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportProblems(problems);
		}
		if (points.isEmpty()) {
			throw new InvalidInputException("reform.import.empty");
		}
		points.forEach((assessment, value) -> jdbc.sql("""
				update reformindex.assessment set survey_points = :p, survey_source = :s, survey_answers = :n
				where id = :a""")
			.param("p", value).param("s", source.strip()).param("n", answers.get(assessment)).param("a", assessment)
			.update());
		audit.record("reform.survey.import", "reform_methodology", methodologyId, null,
				Map.of("units", points.size(), "source", source.strip()));
		return points.size();
	}
}
