package vn.congvu.reformindex;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;

/**
 * Who may see and act on an assessment, shared by its steps: the unit (its head scores and responds), an officer of
 * its scope (appraises, makes final), a council member (votes, once it is submitted; not on their own unit), and the
 * leaders who oversee the scope (read); anyone else gets "not found". Also the lines that take points, and their range.
 */
@Component
class AssessmentAccess {

	/** What the viewer is to an assessment. */
	enum Role {
		UNIT, OFFICER, MEMBER, READER
	}

	static final String SELECT = """
			select a.id, a.methodology_id, a.unit_id, u.code as unit_code, u.name as unit_name, u.path as unit_path,
			       a.deadline, a.first_deadline, a.status, a.submitted_by, a.submitted_at, a.survey_points, a.survey_source,
			       a.survey_answers, a.response,
			       a.finalized_at
			from reformindex.assessment a join orgunit.published_unit u on u.id = a.unit_id
			""";

	private final JdbcClient jdbc;
	private final Methodologies methodologies;
	private final AppraisalBallot ballot;
	private final Clock clock;

	AssessmentAccess(JdbcClient jdbc, Methodologies methodologies, AppraisalBallot ballot, Clock clock) {
		this.jdbc = jdbc;
		this.methodologies = methodologies;
		this.ballot = ballot;
		this.clock = clock;
	}

	/** Locked for the unit: submitted, or past its deadline. */
	boolean locked(Assessments.Assessment assessment) {
		return assessment.status() != AssessmentStatus.OPEN || LocalDate.now(clock).isAfter(assessment.deadline());
	}

	/** The council members who may vote on this unit's appraisal today (those of the unit recuse themselves). */
	List<Long> eligible(Assessments.Assessment assessment) {
		return ballot.eligible(methodologies.council(assessment.methodologyId()).stream()
			.map(Methodologies.CouncilMember::staffId).toList(), assessment.unitId(), LocalDate.now(clock));
	}

	Assessments.Assessment find(Viewer viewer, long id) {
		Assessments.Assessment assessment = jdbc.sql(SELECT + " where a.id = :id").param("id", id)
			.query(Rows.as(Assessments.Assessment.class))
			.optional().orElseThrow(() -> new RecordNotFoundException("reformAssessment", id));
		if (role(viewer, assessment, isMember(viewer, assessment.methodologyId())) == null) {
			throw new RecordNotFoundException("reformAssessment", id);
		}
		return assessment;
	}

	boolean isMember(Viewer viewer, long methodologyId) {
		return viewer.staffId() != null && jdbc.sql("""
				select exists (select 1 from reformindex.council_member where methodology_id = :m and staff_id = :s)""")
			.param("m", methodologyId).param("s", viewer.staffId()).query(Boolean.class).single();
	}

	static @Nullable Role role(Viewer viewer, Assessments.Assessment assessment, boolean member) {
		boolean sees = viewer.sees(assessment.unitPath());
		if (sees && viewer.mayManageReformIndex()) {
			return Role.OFFICER;
		}
		if (sees && viewer.mayAssessOwnUnit()) {
			return Role.UNIT;
		}
		if (member && assessment.status() != AssessmentStatus.OPEN) {
			return Role.MEMBER;
		}
		return sees && viewer.oversees() ? Role.READER : null;
	}

	Assessments.Assessment as(Viewer viewer, long id, Role wanted) {
		Assessments.Assessment assessment = find(viewer, id);
		NotPermittedException.unless(role(viewer, assessment, isMember(viewer, assessment.methodologyId())) == wanted);
		return assessment;
	}

	/** The lines that take points, by id, read once per request however many lines it saves. */
	Map<Long, Item> leaves(Assessments.Assessment assessment) {
		Map<Long, Item> leaves = new java.util.HashMap<>();
		IndexResults.leaves(methodologies.items(assessment.methodologyId())).forEach(i -> leaves.put(i.id(), i));
		return leaves;
	}

	static Item leaf(Map<Long, Item> leaves, long itemId) {
		Item item = leaves.get(itemId);
		if (item == null) {
			throw new RecordNotFoundException("reformItem", itemId);
		}
		return item;
	}

	static void inRange(Item item, @Nullable BigDecimal points) {
		if (points == null || points.signum() < 0 || points.compareTo(item.maxPoints()) > 0 || points.scale() > 2) {
			throw new InvalidInputException("reform.score.outOfRange", item.code(),
					MethodologyTree.plain(item.maxPoints()));
		}
	}
}
