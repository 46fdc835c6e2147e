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
 * A unit's self-assessment and its appraisal. The unit head scores each sub-criterion with evidence until the
 * deadline or until submitting, which locks it; computed sub-criteria are filled from data on submission. An officer
 * of the scope adjusts points with a justification; the council approves the appraisal by a majority of all its
 * members (more than half); the unit may respond once; the officer then makes it final. Who sees it: the unit, the
 * officers and leaders of its scope, and the council once it is submitted; anyone else gets "not found".
 */
@Service
@Transactional
public class Assessments {

	private final JdbcClient jdbc;
	private final AppraisalBallot ballot;
	private final Methodologies methodologies;
	private final ComputedPoints computed;
	private final AuditLog audit;
	private final Clock clock;

	Assessments(JdbcClient jdbc, Methodologies methodologies, ComputedPoints computed, AuditLog audit, Clock clock,
			AppraisalBallot ballot) {
		this.ballot = ballot;
		this.jdbc = jdbc;
		this.methodologies = methodologies;
		this.computed = computed;
		this.audit = audit;
		this.clock = clock;
	}

	public record Assessment(long id, long methodologyId, long unitId, String unitCode, String unitName,
			String unitPath, LocalDate deadline, String status, @Nullable String submittedBy,
			@Nullable OffsetDateTime submittedAt, @Nullable BigDecimal surveyPoints, @Nullable String surveySource,
			@Nullable String response, @Nullable OffsetDateTime finalizedAt) {
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
	enum Role {
		UNIT, OFFICER, MEMBER, READER
	}

	/**
	 * An assessment as the viewer sees it. The council's ballot is secret: {@code voted} says whether the viewer has
	 * voted (never how), {@code participants} how many have; the counts are {@code null} while the ballot is open.
	 */
	public record View(Assessment assessment, Methodology methodology, List<Item> items, Map<Long, Line> lines,
			boolean mayScore, boolean mayAppraise, boolean mayVote, boolean voted, int participants,
			@Nullable Integer approvals, @Nullable Integer rejections, int members, boolean mayRespond,
			boolean mayFinalize, boolean locked, BigDecimal selfTotal, BigDecimal finalTotal) {
	}

	private static final String SELECT = """
			select a.id, a.methodology_id, a.unit_id, u.code as unit_code, u.name as unit_name, u.path as unit_path,
			       a.deadline, a.status, a.submitted_by, a.submitted_at, a.survey_points, a.survey_source, a.response,
			       a.finalized_at
			from reformindex.assessment a join orgunit.published_unit u on u.id = a.unit_id
			""";

	/** The assessments of a methodology the viewer may see, by unit name. */
	@Transactional(readOnly = true)
	public List<Assessment> ofMethodology(Viewer viewer, long methodologyId) {
		boolean member = isMember(viewer, methodologyId);
		return jdbc.sql(SELECT + " where a.methodology_id = :m order by u.name").param("m", methodologyId)
			.query(Rows.as(Assessment.class)).list().stream()
			.filter(a -> role(viewer, a, member) != null).toList();
	}

	@Transactional(readOnly = true)
	public View view(Viewer viewer, long id) {
		Assessment assessment = find(viewer, id);
		Role role = role(viewer, assessment, isMember(viewer, assessment.methodologyId()));
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
		java.util.List<Long> eligible = eligible(assessment);
		int members = eligible.size();
		AppraisalBallot.State votes = ballot.state(id, viewer.staffId(), !assessment.status().equals("SUBMITTED"));
		boolean locked = locked(assessment);
		String status = assessment.status();
		BigDecimal selfTotal = total(items, lines, false);
		BigDecimal finalTotal = total(items, lines, true);
		return new View(assessment, methodology, items, lines, role == Role.UNIT && !locked,
				role == Role.OFFICER && (status.equals("SUBMITTED") || status.equals("RESPONDED")),
				role == Role.MEMBER && status.equals("SUBMITTED") && !votes.voted()
						&& eligible.contains(viewer.staffId()), votes.voted(),
				votes.participants(), votes.approvals(), votes.rejections(), members,
				role == Role.UNIT && status.equals("APPRAISED"),
				role == Role.OFFICER && (status.equals("APPRAISED") || status.equals("RESPONDED")), locked, selfTotal,
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

	private boolean locked(Assessment assessment) {
		return !assessment.status().equals("OPEN") || LocalDate.now(clock).isAfter(assessment.deadline());
	}

	Assessment find(Viewer viewer, long id) {
		Assessment assessment = jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(Rows.as(Assessment.class))
			.optional().orElseThrow(() -> new RecordNotFoundException("reformAssessment", id));
		if (role(viewer, assessment, isMember(viewer, assessment.methodologyId())) == null) {
			throw new RecordNotFoundException("reformAssessment", id);
		}
		return assessment;
	}

	private boolean isMember(Viewer viewer, long methodologyId) {
		return viewer.staffId() != null && jdbc.sql("""
				select exists (select 1 from reformindex.council_member where methodology_id = :m and staff_id = :s)""")
			.param("m", methodologyId).param("s", viewer.staffId()).query(Boolean.class).single();
	}

	private static @Nullable Role role(Viewer viewer, Assessment assessment, boolean member) {
		boolean sees = viewer.sees(assessment.unitPath());
		if (sees && viewer.mayManageReformIndex()) {
			return Role.OFFICER;
		}
		if (sees && viewer.mayAssessOwnUnit()) {
			return Role.UNIT;
		}
		if (member && !assessment.status().equals("OPEN")) {
			return Role.MEMBER;
		}
		return sees && viewer.oversees() ? Role.READER : null;
	}

	private Assessment as(Viewer viewer, long id, Role wanted) {
		Assessment assessment = find(viewer, id);
		NotPermittedException.unless(role(viewer, assessment, isMember(viewer, assessment.methodologyId())) == wanted);
		return assessment;
	}

	/** The lines that take points, by id, read once per request however many lines it saves. */
	private Map<Long, Item> leaves(Assessment assessment) {
		Map<Long, Item> leaves = new java.util.HashMap<>();
		IndexResults.leaves(methodologies.items(assessment.methodologyId())).forEach(i -> leaves.put(i.id(), i));
		return leaves;
	}

	private static Item leaf(Map<Long, Item> leaves, long itemId) {
		Item item = leaves.get(itemId);
		if (item == null) {
			throw new RecordNotFoundException("reformItem", itemId);
		}
		return item;
	}

	private static void inRange(Item item, @Nullable BigDecimal points) {
		if (points == null || points.signum() < 0 || points.compareTo(item.maxPoints()) > 0 || points.scale() > 2) {
			throw new InvalidInputException("reform.score.outOfRange", item.code(),
					MethodologyTree.plain(item.maxPoints()));
		}
	}

	/** The unit scores one sub-criterion (with a note and evidence files) before the deadline and before submitting. */
	public void score(Viewer viewer, long id, long itemId, @Nullable BigDecimal points, @Nullable String note,
			List<UploadedFile> files) {
		Assessment assessment = scorable(viewer, id);
		score(id, leaf(leaves(assessment), itemId), points, note, files);
	}

	private Assessment scorable(Viewer viewer, long id) {
		Assessment assessment = as(viewer, id, Role.UNIT);
		if (locked(assessment)) {
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
		inRange(item, points);
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
		Map<Long, Item> leaves = leaves(scorable(viewer, id));
		lines.forEach((itemId, line) -> {
			if (line.points() != null || !line.files().isEmpty()) {
				score(id, leaf(leaves, itemId), line.points(), line.note(), line.files());
			}
		});
	}

	/** What the officer typed for one line: the appraised points and the justification. */
	public record Adjustment(@Nullable BigDecimal points, @Nullable String justification) {
	}

	/** Saves the adjustments that change something, all or none. */
	public int appraiseAll(Viewer viewer, long id, Map<Long, Adjustment> adjustments) {
		Assessment assessment = appraisable(viewer, id);
		View view = view(viewer, id);
		Map<Long, Item> leaves = new java.util.HashMap<>();
		IndexResults.leaves(view.items()).forEach(i -> leaves.put(i.id(), i));
		int changed = 0;
		for (Map.Entry<Long, Adjustment> entry : adjustments.entrySet()) {
			Line line = view.lines().get(entry.getKey());
			Adjustment adjustment = entry.getValue();
			if (line == null || adjustment.points() == null
					|| (line.finalPoints() != null && adjustment.points().compareTo(line.finalPoints()) == 0)) {
				continue;
			}
			appraise(viewer, assessment, leaf(leaves, entry.getKey()), adjustment.points(), adjustment.justification());
			changed++;
		}
		return changed;
	}

	/** The unit submits: every sub-criterion scored, evidence where required; computed ones filled. Then locked. */
	public void submit(Viewer viewer, long id) {
		Assessment assessment = as(viewer, id, Role.UNIT);
		if (locked(assessment)) {
			throw new InvalidInputException("reform.assessment.locked");
		}
		lock(assessment, viewer.displayName(), true);
	}

	/** An officer locks the self-assessments still open after their deadline, as they are (unscored lines count 0). */
	public int lockOverdue(Viewer viewer, long methodologyId) {
		NotPermittedException.unless(viewer.mayManageReformIndex());
		int locked = 0;
		for (Assessment assessment : ofMethodology(viewer, methodologyId)) {
			if (assessment.status().equals("OPEN") && LocalDate.now(clock).isAfter(assessment.deadline())) {
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

	/** An officer adjusts a sub-criterion's points; a change from the unit's points needs a justification. */
	public void appraise(Viewer viewer, long id, long itemId, @Nullable BigDecimal points,
			@Nullable String justification) {
		Assessment assessment = appraisable(viewer, id);
		appraise(viewer, assessment, leaf(leaves(assessment), itemId), points, justification);
	}

	private Assessment appraisable(Viewer viewer, long id) {
		Assessment assessment = as(viewer, id, Role.OFFICER);
		if (!assessment.status().equals("SUBMITTED") && !assessment.status().equals("RESPONDED")) {
			throw new InvalidInputException("reform.appraisal.notNow");
		}
		return assessment;
	}

	private void appraise(Viewer viewer, Assessment assessment, Item item, @Nullable BigDecimal points,
			@Nullable String justification) {
		long id = assessment.id();
		long itemId = item.id();
		inRange(item, points);
		String why = TextLimits.requireReason(justification, "reform.appraisal.justification", 2_000);
		jdbc.sql("""
				update reformindex.score set appraised_points = :p, justification = :j, appraised_by = :by
				where assessment_id = :a and item_id = :i""").param("p", points).param("j", why)
			.param("by", viewer.displayName()).param("a", id).param("i", itemId).update();
		if (assessment.status().equals("SUBMITTED")) { // votes were on the appraisal as it stood
			ballot.reset(id);
		}
		audit.record("reform.appraisal.adjust", "reform_assessment", id, null,
				Map.of("item", item.code(), "points", points, "justification", why));
	}

	/** The council members who may vote on this unit's appraisal today (those of the unit recuse themselves). */
	private java.util.List<Long> eligible(Assessment assessment) {
		return ballot.eligible(methodologies.council(assessment.methodologyId()).stream()
			.map(Methodologies.CouncilMember::staffId).toList(), assessment.unitId(), LocalDate.now(clock));
	}

	/**
	 * A council member approves or rejects the appraisal, once; a member of the assessed unit does not vote. The
	 * ballot is counted when every member who may vote has voted, never before (an outcome that changed at a given vote
	 * would tell that vote): more than half approving makes it appraised, otherwise it goes back to the officer and the
	 * votes start again.
	 */
	public void vote(Viewer viewer, long id, boolean approve) {
		Assessment assessment = as(viewer, id, Role.MEMBER);
		if (!assessment.status().equals("SUBMITTED")) {
			throw new InvalidInputException("reform.vote.closed");
		}
		java.util.List<Long> eligible = eligible(assessment);
		if (!eligible.contains(viewer.staffId())) {
			throw new InvalidInputException("reform.vote.recused");
		}
		AppraisalBallot.Tally tally = ballot.cast(id, viewer.staffId(), approve);
		if (tally == null) {
			throw new InvalidInputException("reform.vote.twice");
		}
		audit.record("reform.appraisal.vote", "reform_assessment", id, null, Map.of()); // that they voted, not how
		int members = eligible.size();
		long yes = tally.approvals();
		long no = tally.rejections();
		if (yes + no < members) {
			return; // counted when everyone who may vote has voted
		}
		if (yes * 2 > members) {
			jdbc.sql("update reformindex.assessment set status = 'APPRAISED', appraised_at = :at where id = :a")
				.param("at", OffsetDateTime.now(clock)).param("a", id).update();
			audit.record("reform.appraisal.approved", "reform_assessment", id, Map.of("status", "SUBMITTED"),
					Map.of("status", "APPRAISED", "approvals", yes, "members", members));
		}
		else {
			ballot.reset(id);
			audit.record("reform.appraisal.rejected", "reform_assessment", id, null,
					Map.of("rejections", no, "members", members));
		}
	}

	/** The unit's one response to the appraisal. */
	public void respond(Viewer viewer, long id, String response) {
		Assessment assessment = as(viewer, id, Role.UNIT);
		if (!assessment.status().equals("APPRAISED")) {
			throw new InvalidInputException("reform.response.notNow");
		}
		String text = TextLimits.requireReason(response, "reform.response.required", 8_000);
		jdbc.sql("""
				update reformindex.assessment set status = 'RESPONDED', response = :r, responded_at = :at
				where id = :a and status = 'APPRAISED'""").param("r", text).param("at", OffsetDateTime.now(clock))
			.param("a", id).update();
		audit.record("reform.response", "reform_assessment", id, Map.of("status", "APPRAISED"),
				Map.of("status", "RESPONDED"));
	}

	/**
	 * The officer makes the result final: after the unit's response, or once the unit's time to respond has passed
	 * ({@link AppraisalBallot#RESPONSE_DAYS} from the appraisal).
	 */
	public void finalizeResult(Viewer viewer, long id) {
		Assessment assessment = as(viewer, id, Role.OFFICER);
		if (!assessment.status().equals("APPRAISED") && !assessment.status().equals("RESPONDED")) {
			throw new InvalidInputException("reform.final.notNow");
		}
		if (assessment.status().equals("APPRAISED")) {
			OffsetDateTime appraised = jdbc.sql("select appraised_at from reformindex.assessment where id = :a")
				.param("a", id).query(OffsetDateTime.class).optional().orElse(null);
			LocalDate until = appraised == null ? null
					: appraised.atZoneSameInstant(clock.getZone()).toLocalDate().plusDays(AppraisalBallot.RESPONSE_DAYS);
			if (until != null && !LocalDate.now(clock).isAfter(until)) {
				throw new InvalidInputException("reform.final.awaitingResponse", vn.congvu.shared.VietnameseDates.format(until));
			}
		}
		jdbc.sql("update reformindex.assessment set status = 'FINAL', finalized_at = :at where id = :a")
			.param("at", OffsetDateTime.now(clock)).param("a", id).update();
		audit.record("reform.final", "reform_assessment", id, Map.of("status", assessment.status()),
				Map.of("status", "FINAL"));
	}

	/** An evidence file of a line of an assessment the viewer may see. */
	@Transactional(readOnly = true)
	public UploadedFile evidence(Viewer viewer, long id, long fileId) {
		find(viewer, id);
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
