package vn.congvu.reformindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.congvu.reformindex.AssessmentAccess.Role;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Rows;
import vn.congvu.platform.StoredFiles;
import vn.congvu.platform.UploadedFile;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.TextLimits;

/**
 * A unit's assessment as it is read, and its first step, the self-assessment: the unit head scores each sub-criterion
 * with evidence until the deadline or until submitting, which locks it; computed sub-criteria are filled from data
 * on submission. The appraisal that follows (the officer's adjustments, the council's vote, the unit's response, the
 * final result) is {@link Appraisals}. Who sees it: the unit, the officers and leaders of its scope, and the council
 * once it is submitted; anyone else gets "not found".
 */
@Service
@Transactional
public class Assessments {

	private final JdbcClient jdbc;
	private final AssessmentAccess access;
	private final AppraisalBallot ballot;
	private final Methodologies methodologies;
	private final ComputedPoints computed;
	private final AuditLog audit;
	private final Clock clock;

	Assessments(JdbcClient jdbc, AssessmentAccess access, Methodologies methodologies, ComputedPoints computed,
			AuditLog audit, Clock clock, AppraisalBallot ballot) {
		this.access = access;
		this.ballot = ballot;
		this.jdbc = jdbc;
		this.methodologies = methodologies;
		this.computed = computed;
		this.audit = audit;
		this.clock = clock;
	}

	public record Assessment(long id, long methodologyId, long unitId, String unitCode, String unitName,
			String unitPath, LocalDate deadline, @Nullable LocalDate firstDeadline, AssessmentStatus status,
			@Nullable String submittedBy,
			@Nullable OffsetDateTime submittedAt, @Nullable BigDecimal surveyPoints, @Nullable String surveySource,
			@Nullable Integer surveyAnswers, @Nullable String response, @Nullable OffsetDateTime finalizedAt) {
	}

	public record Line(long scoreId, long itemId, @Nullable BigDecimal selfPoints, @Nullable String selfNote,
			@Nullable BigDecimal appraisedPoints, @Nullable String justification, @Nullable String appraisedBy,
			String[] fileNames, Long[] fileIds) {

		public @Nullable BigDecimal finalPoints() {
			return appraisedPoints != null ? appraisedPoints : selfPoints;
		}

		public boolean adjusted() {
			return appraisedPoints != null && (selfPoints == null || appraisedPoints.compareTo(selfPoints) != 0);
		}
	}

	/** What the viewer is to this assessment. */
	/**
	 * An assessment as the viewer sees it. The council's ballot is secret: {@code voted} says whether the viewer has
	 * voted (never how), {@code participants} how many have; the counts are {@code null} while the ballot is open.
	 */
	public record View(Assessment assessment, Methodology methodology, List<Item> items, Map<Long, Line> lines,
			boolean mayScore, boolean mayAppraise, boolean mayVote, boolean voted, int participants,
			@Nullable Integer approvals, @Nullable Integer rejections, int members, boolean mayRespond,
			boolean mayFinalize, boolean locked, BigDecimal selfTotal, BigDecimal finalTotal) {
	}

	/** The assessments of a methodology the viewer may see, by unit name. */
	@Transactional(readOnly = true)
	public List<Assessment> ofMethodology(Viewer viewer, long methodologyId) {
		boolean member = access.isMember(viewer, methodologyId);
		return jdbc.sql(AssessmentAccess.SELECT + " where a.methodology_id = :m order by u.name").param("m", methodologyId)
			.query(Rows.as(Assessment.class)).list().stream()
			.filter(a -> AssessmentAccess.role(viewer, a, member) != null).toList();
	}

	@Transactional(readOnly = true)
	public View view(Viewer viewer, long id) {
		Assessment assessment = access.find(viewer, id);
		Role role = AssessmentAccess.role(viewer, assessment, access.isMember(viewer, assessment.methodologyId()));
		Methodology methodology = methodologies.find(assessment.methodologyId());
		List<Item> items = methodologies.items(methodology.id());
		Map<Long, Line> lines = new java.util.LinkedHashMap<>();
		jdbc.sql("""
				select s.id as score_id, s.item_id, s.self_points, s.self_note, s.appraised_points, s.justification,
				       s.appraised_by,
				       array(select e.file_name from reformindex.evidence e where e.score_id = s.id order by e.id) as file_names,
				       array(select e.id from reformindex.evidence e where e.score_id = s.id order by e.id) as file_ids
				from reformindex.score s where s.assessment_id = :a""").param("a", id).query(Rows.as(Line.class))
			.list().forEach(l -> lines.put(l.itemId(), l));
		List<Long> eligible = access.eligible(assessment);
		int members = eligible.size();
		AppraisalBallot.State votes = ballot.state(id, viewer.staffId(), assessment.status() != AssessmentStatus.SUBMITTED);
		boolean locked = access.locked(assessment);
		AssessmentStatus status = assessment.status();
		BigDecimal selfTotal = total(items, lines, false);
		BigDecimal finalTotal = total(items, lines, true);
		return new View(assessment, methodology, items, lines, role == Role.UNIT && !locked,
				role == Role.OFFICER && status.appraisable(),
				role == Role.MEMBER && status == AssessmentStatus.SUBMITTED && !votes.voted()
						&& eligible.contains(viewer.staffId()), votes.voted(),
				votes.participants(), votes.approvals(), votes.rejections(), members,
				role == Role.UNIT && status.canBecome(AssessmentStatus.RESPONDED),
				role == Role.OFFICER && status.canBecome(AssessmentStatus.FINAL), locked, selfTotal,
				finalTotal);
	}

	private static BigDecimal total(List<Item> items, Map<Long, Line> lines, boolean appraised) {
		BigDecimal total = BigDecimal.ZERO;
		for (Item item : items) {
			Line line = lines.get(item.id());
			BigDecimal points = line == null ? null : appraised ? line.finalPoints() : line.selfPoints();
			if (points != null) {
				total = total.add(points.multiply(BigDecimal.valueOf(item.sign())));
			}
		}
		return total;
	}

	/** The unit scores one sub-criterion (with a note and evidence files) before the deadline and before submitting. */
	public void score(Viewer viewer, long id, long itemId, @Nullable BigDecimal points, @Nullable String note,
			List<UploadedFile> files) {
		Assessment assessment = scorable(viewer, id);
		score(id, AssessmentAccess.leaf(access.leaves(assessment), itemId), points, note, files);
	}

	private Assessment scorable(Viewer viewer, long id) {
		Assessment assessment = access.as(viewer, id, Role.UNIT);
		if (access.locked(assessment)) {
			throw new InvalidInputException("reform.assessment.locked");
		}
		return assessment;
	}

	private void score(long id, Item item, @Nullable BigDecimal points, @Nullable String note,
			List<UploadedFile> files) {
		long itemId = item.id();
		if (item.scoring() == Item.Scoring.COMPUTED) {
			throw new InvalidInputException("reform.score.computed", item.code());
		}
		AssessmentAccess.inRange(item, points);
		TextLimits.require(note, 4_000);
		long scoreId = jdbc.sql("""
				update reformindex.score set self_points = :p, self_note = :n where assessment_id = :a and item_id = :i
				returning id""").param("p", points).param("n", note == null || note.isBlank() ? null : note.strip())
			.param("a", id).param("i", itemId).query(Long.class).single();
		StoredFiles.store(jdbc, "reformindex.evidence", "score_id", scoreId, files);
		audit.record("reform.score.self", "reform_assessment", id, null,
				Map.of("item", item.code(), "points", points, "files", files.size()));
	}

	/** What the unit typed for one line: points (blank: not scored yet), a note, new evidence files. */
	public record LineInput(@Nullable BigDecimal points, @Nullable String note, List<UploadedFile> files) {
	}

	/** Saves every line the unit typed at once: all of them, or none when one is wrong. */
	public void scoreAll(Viewer viewer, long id, Map<Long, LineInput> lines) {
		Map<Long, Item> leaves = access.leaves(scorable(viewer, id));
		lines.forEach((itemId, line) -> {
			if (line.points() != null || !line.files().isEmpty()) {
				score(id, AssessmentAccess.leaf(leaves, itemId), line.points(), line.note(), line.files());
			}
		});
	}

	/** The unit submits: every sub-criterion scored, evidence where required; computed ones filled. Then locked. */
	public void submit(Viewer viewer, long id) {
		Assessment assessment = access.as(viewer, id, Role.UNIT);
		if (access.locked(assessment)) {
			throw new InvalidInputException("reform.assessment.locked");
		}
		lock(assessment, viewer.displayName(), true);
	}

	/** An officer locks the self-assessments still open after their deadline, as they are (unscored lines count 0). */
	public int lockOverdue(Viewer viewer, long methodologyId) {
		NotPermittedException.unless(viewer.mayManageReformIndex());
		int locked = 0;
		for (Assessment assessment : ofMethodology(viewer, methodologyId)) {
			if (assessment.status() == AssessmentStatus.OPEN && LocalDate.now(clock).isAfter(assessment.deadline())) {
				lock(assessment, "Quá hạn nộp: khóa bởi " + viewer.displayName(), false);
				locked++;
			}
		}
		return locked;
	}

	private void lock(Assessment assessment, String by, boolean complete) {
		View view = view(Viewer.system(), assessment.id());
		List<String> missing = new ArrayList<>();
		List<String> noEvidence = new ArrayList<>();
		for (Item item : IndexResults.leaves(view.items())) {
			Line line = view.lines().get(item.id());
			if (item.scoring() == Item.Scoring.COMPUTED) {
				BigDecimal points = computed.points(item, assessment.unitId(), view.methodology().year());
				jdbc.sql("update reformindex.score set self_points = :p, self_note = :n where id = :s")
					.param("p", points).param("n", computed.describe(item, assessment.unitId(), view.methodology().year()))
					.param("s", line.scoreId()).update();
			}
			else if (line.selfPoints() == null) {
				missing.add(item.code());
			}
			else if (item.evidenceRequired() && line.selfPoints().signum() > 0 && line.fileIds().length == 0) {
				noEvidence.add(item.code());
			}
		}
		if (complete && !missing.isEmpty()) {
			throw new InvalidInputException("reform.assessment.missing", String.join(", ", missing));
		}
		if (complete && !noEvidence.isEmpty()) {
			throw new InvalidInputException("reform.assessment.evidenceMissing", String.join(", ", noEvidence));
		}
		jdbc.sql("""
				update reformindex.assessment set status = 'SUBMITTED', submitted_by = :by, submitted_at = :at
				where id = :id and status = 'OPEN'""").param("by", by).param("at", OffsetDateTime.now(clock))
			.param("id", assessment.id()).update();
		audit.record("reform.assessment.submit", "reform_assessment", assessment.id(), Map.of("status", "OPEN"),
				Map.of("status", "SUBMITTED", "by", by));
	}

	/** An evidence file of a line of an assessment the viewer may see. */
	@Transactional(readOnly = true)
	public UploadedFile evidence(Viewer viewer, long id, long fileId) {
		access.find(viewer, id);
		Long scoreId = jdbc.sql("""
				select e.score_id from reformindex.evidence e join reformindex.score s on s.id = e.score_id
				where e.id = :f and s.assessment_id = :a""").param("f", fileId).param("a", id).query(Long.class)
			.optional().orElseThrow(() -> new RecordNotFoundException("file", fileId));
		return StoredFiles.load(jdbc, "reformindex.evidence", "score_id", scoreId, fileId)
			.orElseThrow(() -> new RecordNotFoundException("file", fileId));
	}

	static BigDecimal round(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}
}
