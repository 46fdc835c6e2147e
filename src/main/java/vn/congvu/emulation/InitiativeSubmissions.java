package vn.congvu.emulation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Rows;
import vn.congvu.platform.StoredFiles;
import vn.congvu.platform.UploadedFile;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.TextLimits;
import vn.congvu.staff.StaffQueries;
import vn.congvu.staff.StaffRow;

/**
 * Đơn yêu cầu công nhận sáng kiến: a staff member submits an initiative (what it is, since when it is applied, what it
 * brought) with its evidence; an officer of the scope recognises it, which enters it in the register of
 * {@link Initiatives} and so counts for the grassroots emulation fighter, or declines it with a reason. The author
 * sees their own submissions; officers see those of their scope; anyone else gets "not found".
 */
@Service
@Transactional
public class InitiativeSubmissions {

	private final JdbcClient jdbc;
	private final Initiatives initiatives;
	private final StaffQueries staff;
	private final OrgUnitQueries units;
	private final AuditLog audit;
	private final Clock clock;

	InitiativeSubmissions(JdbcClient jdbc, Initiatives initiatives, StaffQueries staff, OrgUnitQueries units,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.initiatives = initiatives;
		this.staff = staff;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	public record NewSubmission(String title, String description, @Nullable LocalDate appliedSince, String benefits) {
	}

	public record Submission(long id, long staffId, String staffName, long unitId, String unitName, String title,
			String description, LocalDate appliedSince, String benefits, OffsetDateTime submittedAt, String status,
			@Nullable String reviewedBy, @Nullable OffsetDateTime reviewedAt, @Nullable String reviewNote,
			@Nullable Long initiativeId, String[] fileNames, Long[] fileIds) {

		public boolean waiting() {
			return "SUBMITTED".equals(status);
		}
	}

	/** What the reviewer decides when recognising: the scope, the day, who recognised it and the decision. */
	public record Recognition(String scope, LocalDate recognizedOn, String recognizedBy, String decisionRef) {
	}

	public long submit(Viewer viewer, NewSubmission submission, List<UploadedFile> files) {
		NotPermittedException.unless(viewer.staffId() != null);
		StaffRow author = staff.find(viewer, viewer.staffId(), LocalDate.now(clock));
		for (String text : new String[] { submission.title(), submission.description(), submission.benefits() }) {
			if (text == null || text.isBlank()) {
				throw new InvalidInputException("initiative.submission.required");
			}
			TextLimits.require(text, 8_000);
		}
		TextLimits.require(submission.title(), 500);
		if (submission.appliedSince() == null || submission.appliedSince().isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException("initiative.submission.appliedSince");
		}
		long id = jdbc.sql("""
				insert into emulation.initiative_submission (staff_id, unit_id, title, description, applied_since,
				    benefits, submitted_at)
				values (:s, :u, :t, :d, :a, :b, :at) returning id""").param("s", author.id())
			.param("u", author.unitId()).param("t", submission.title().strip())
			.param("d", submission.description().strip()).param("a", submission.appliedSince())
			.param("b", submission.benefits().strip()).param("at", OffsetDateTime.now(clock)).query(Long.class)
			.single();
		StoredFiles.store(jdbc, "emulation.initiative_file", "submission_id", id, files);
		audit.record("initiative.submit", "initiative_submission", id, null,
				Map.of("title", submission.title().strip(), "files", files.size()));
		return id;
	}

	private static final String SELECT = """
			select s.id, s.staff_id, m.full_name as staff_name, s.unit_id, u.name as unit_name, s.title, s.description,
			       s.applied_since, s.benefits, s.submitted_at, s.status, s.reviewed_by, s.reviewed_at, s.review_note,
			       s.initiative_id,
			       array(select f.file_name from emulation.initiative_file f where f.submission_id = s.id order by f.id)
			         as file_names,
			       array(select f.id from emulation.initiative_file f where f.submission_id = s.id order by f.id)
			         as file_ids
			from emulation.initiative_submission s
			join staff.published_member m on m.id = s.staff_id
			join orgunit.published_unit u on u.id = s.unit_id
			""";

	/** The viewer's own submissions, newest first. */
	@Transactional(readOnly = true)
	public List<Submission> mine(Viewer viewer) {
		if (viewer.staffId() == null) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where s.staff_id = :s order by s.submitted_at desc").param("s", viewer.staffId())
			.query(Rows.as(Submission.class)).list();
	}

	/** Submissions of the scope for an officer: those waiting first, then the latest decided. */
	@Transactional(readOnly = true)
	public List<Submission> toReview(Viewer viewer) {
		if (!viewer.mayRunEmulation()) {
			return List.of();
		}
		return jdbc.sql(SELECT + """
				where u.path like :scope || '%'
				order by (s.status = 'SUBMITTED') desc, s.submitted_at desc limit 200""")
			.param("scope", viewer.scopePath()).query(Rows.as(Submission.class)).list();
	}

	/** One submission, for its author or an officer of its unit's scope; "not found" for anyone else. */
	@Transactional(readOnly = true)
	public Submission find(Viewer viewer, long id) {
		return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(Rows.as(Submission.class)).optional()
			.filter(s -> viewer.isStaff(s.staffId()) || viewer.mayRunEmulation() && viewer.sees(units.pathOf(s.unitId())))
			.orElseThrow(() -> new RecordNotFoundException("initiative", id));
	}

	public long recognize(Viewer viewer, long id, Recognition recognition) {
		NotPermittedException.unless(viewer.mayRunEmulation());
		Submission submission = waiting(viewer, id);
		if (recognition.recognizedOn() != null && recognition.recognizedOn().isBefore(submission.appliedSince())) {
			throw new InvalidInputException("initiative.submission.beforeApplied");
		}
		long initiativeId = initiatives.recognize(viewer, submission.staffId(), submission.title(),
				recognition.scope(), recognition.recognizedOn(), recognition.recognizedBy(), recognition.decisionRef());
		decide(viewer, id, "RECOGNIZED", null, initiativeId);
		return initiativeId;
	}

	public void reject(Viewer viewer, long id, String reason) {
		NotPermittedException.unless(viewer.mayRunEmulation());
		waiting(viewer, id);
		String why = TextLimits.requireReason(reason, "initiative.submission.reasonRequired", 2_000);
		decide(viewer, id, "REJECTED", why, null);
	}

	private Submission waiting(Viewer viewer, long id) {
		Submission submission = find(viewer, id);
		if (!submission.waiting()) {
			throw new InvalidInputException("initiative.submission.decided");
		}
		if (viewer.isStaff(submission.staffId())) { // nobody reviews their own initiative
			throw new InvalidInputException("initiative.submission.own");
		}
		return submission;
	}

	private void decide(Viewer viewer, long id, String status, @Nullable String note, @Nullable Long initiativeId) {
		int changed = jdbc.sql("""
				update emulation.initiative_submission set status = :st, reviewed_by = :by, reviewed_at = :at,
				    review_note = :note, initiative_id = :i
				where id = :id and status = 'SUBMITTED'""").param("st", status).param("by", viewer.displayName())
			.param("at", OffsetDateTime.now(clock)).param("note", note).param("i", initiativeId).param("id", id)
			.update();
		if (changed == 0) {
			throw new InvalidInputException("initiative.submission.decided");
		}
		audit.record("initiative.review", "initiative_submission", id, Map.of("status", "SUBMITTED"),
				note == null ? Map.of("status", status) : Map.of("status", status, "reason", note));
	}

	/** An evidence file of a submission the viewer may read. */
	@Transactional(readOnly = true)
	public UploadedFile file(Viewer viewer, long id, long fileId) {
		find(viewer, id);
		return StoredFiles.load(jdbc, "emulation.initiative_file", "submission_id", id, fileId)
			.orElseThrow(() -> new RecordNotFoundException("file", fileId));
	}
}
