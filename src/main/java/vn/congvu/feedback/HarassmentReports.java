package vn.congvu.feedback;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitView;
import vn.congvu.platform.Accounts;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Permission;
import vn.congvu.platform.Rows;
import vn.congvu.platform.StatusChange;
import vn.congvu.platform.StoredFiles;
import vn.congvu.platform.UploadedFile;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;

/**
 * Phản ánh nhũng nhiễu: citizens file reports and follow them by tracking code; officers assign, verify and resolve
 * them. The reporter's identity is shown only to the investigator assigned; reports are never assigned to the unit
 * reported on. Every step is audited.
 */
@Service
@Transactional
public class HarassmentReports {

	static final int MAX_DESCRIPTION = 5_000;
	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;
	private final Accounts accounts;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final int daysToResolve;

	HarassmentReports(JdbcClient jdbc, OrgUnitQueries units, Accounts accounts, AuditLog audit,
			ApplicationEventPublisher events, Clock clock,
			@Value("${congvu.feedback.report-days-to-resolve:15}") int daysToResolve) {
		this.jdbc = jdbc;
		this.units = units;
		this.accounts = accounts;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.daysToResolve = daysToResolve;
	}

	static final int MAX_ATTACHMENTS = 3;

	/** Files a report and returns its tracking code. */
	public String file(NewReport report) {
		return file(report, List.of());
	}

	/** Files a report with photos or PDFs (already checked by {@link UploadedFile#of}); returns its tracking code. */
	public String file(NewReport report, List<UploadedFile> attachments) {
		if (attachments.size() > MAX_ATTACHMENTS) {
			throw new InvalidInputException("report.tooManyAttachments", MAX_ATTACHMENTS);
		}
		if (report.unitId() == null || report.kind() == null || report.occurredOn() == null
				|| report.description() == null || report.description().isBlank()) {
			throw new InvalidInputException("report.required");
		}
		LocalDate today = LocalDate.now(clock);
		if (report.occurredOn().isAfter(today)) {
			throw new InvalidInputException("report.occurredInFuture");
		}
		if (report.description().length() > MAX_DESCRIPTION) {
			throw new InvalidInputException("report.descriptionTooLong", MAX_DESCRIPTION);
		}
		if (!report.anonymous() && (blank(report.reporterName()) || blank(report.reporterContact()))) {
			throw new InvalidInputException("report.identityRequired");
		}
		OrgUnitView unit = units.find(report.unitId());
		if (!unit.validOn(report.occurredOn())) {
			throw new InvalidInputException("report.unitNotValid", unit.name());
		}
		String code = trackingCode();
		long id = jdbc.sql("""
				insert into feedback.report (tracking_code, unit_id, kind, occurred_on, description, anonymous,
				    reporter_name, reporter_contact, status, due_on, received_at)
				values (:code, :unit, :kind, :occurred, :description, :anonymous, :name, :contact, 'RECEIVED', :due, :now)
				returning id""")
			.param("code", code).param("unit", unit.id()).param("kind", report.kind().name())
			.param("occurred", report.occurredOn()).param("description", report.description())
			.param("anonymous", report.anonymous())
			.param("name", report.anonymous() ? null : report.reporterName().strip())
			.param("contact", report.anonymous() ? null : report.reporterContact().strip())
			.param("due", today.plusDays(daysToResolve)).param("now", OffsetDateTime.now(clock))
			.query(Long.class).single();
		step("citizen", id, null, ReportStatus.RECEIVED, null);
		StoredFiles.store(jdbc, "feedback.report_attachment", "report_id", id, attachments);
		// The audit keeps what was reported, not who reported it.
		audit.record("report.file", "report", id, null, Map.of("trackingCode", code, "unitId", unit.id(), "kind",
				report.kind().name(), "anonymous", report.anonymous(), "attachments",
				attachments.stream().map(UploadedFile::sha256).toList()));
		return code;
	}

	/** The public view of a report by its tracking code. */
	@Transactional(readOnly = true)
	public ReportTracking track(String trackingCode) {
		return jdbc.sql("""
				select r.tracking_code, u.name as unit_name, r.kind, r.status, r.received_at, r.due_on, r.resolved_at,
				       r.public_answer, r.apology
				from feedback.report r join orgunit.published_unit u on u.id = r.unit_id
				where r.tracking_code = :code""")
			.param("code", trackingCode == null ? "" : trackingCode.strip().toUpperCase(java.util.Locale.ROOT))
			.query(Rows.as(ReportTracking.class)).optional()
			.orElseThrow(() -> new RecordNotFoundException("report", trackingCode));
	}

	/** Reports on units in the viewer's scope, newest first; identities blanked. */
	@Transactional(readOnly = true)
	public List<ReportView> list(Viewer viewer) {
		requireHandler(viewer);
		return jdbc.sql(ReportSql.SELECT + " where u.path like :scope || '%' order by r.received_at desc limit 500")
			.param("scope", viewer.scopePath()).query(Rows.as(ReportView.class)).list().stream()
			.map(r -> ReportSql.forViewer(r, viewer.username())).toList();
	}

	/** One report, if in the viewer's scope; the identity only for its investigator. */
	@Transactional(readOnly = true)
	public ReportView find(Viewer viewer, long id) {
		if (!viewer.mayHandleReports()) {
			throw new RecordNotFoundException("report", id);
		}
		return jdbc.sql(ReportSql.SELECT + " where r.id = :id and u.path like :scope || '%'").param("id", id)
			.param("scope", viewer.scopePath()).query(Rows.as(ReportView.class)).optional()
			.map(r -> ReportSql.forViewer(r, viewer.username()))
			.orElseThrow(() -> new RecordNotFoundException("report", id));
	}

	/**
	 * Assigns the report to a handling unit and an investigator, neither of them the unit reported on. Assigning
	 * hands the reporter's identity to the investigator, so only a leader or Home Affairs officer assigns, never to
	 * themselves, and the assigner is recorded with the report.
	 */
	public void assign(Viewer viewer, long id, long handlingUnitId, String investigator) {
		ReportView report = find(viewer, id);
		NotPermittedException.unless(mayAssign(viewer));
		if (investigator.strip().equals(viewer.username())) {
			throw new NotPermittedException("report.selfAssignment");
		}
		OrgUnitView handling = units.find(handlingUnitId);
		String reportedPath = units.pathOf(report.unitId());
		if (handling.path().startsWith(reportedPath)) {
			throw new InvalidInputException("report.handlerIsReported", handling.name());
		}
		Accounts.AccountRow account = accounts.find(investigator)
			.filter(a -> Permission.INVESTIGATE_REPORTS.allows(a.role()))
			.orElseThrow(() -> new InvalidInputException("report.unknownInvestigator", investigator));
		if (account.scopeUnitId() != null && units.pathOf(account.scopeUnitId()).startsWith(reportedPath)) {
			throw new InvalidInputException("report.investigatorIsReported", investigator);
		}
		move(viewer, report, ReportStatus.ASSIGNED,
				"handling_unit_id = :handling, investigator = :investigator, assigned_by = :assigner",
				Map.of("handling", handling.id(), "investigator", investigator, "assigner", viewer.username()),
				investigator);
	}

	/** Whether the viewer may assign reports (and so choose who learns a reporter's identity). */
	public static boolean mayAssign(Viewer viewer) {
		return viewer.mayAssignReports();
	}

	public void startVerifying(Viewer viewer, long id) {
		move(viewer, handled(viewer, id), ReportStatus.VERIFYING, null, Map.of(), null);
	}

	/** The report, if the viewer is its investigator or one who assigns reports; else refused. */
	private ReportView handled(Viewer viewer, long id) {
		ReportView report = find(viewer, id);
		NotPermittedException.unless(viewer.username().equals(report.investigator()) || mayAssign(viewer));
		return report;
	}

	/** Ends verification with a public answer; a substantiated report can carry the unit's apology. */
	public void resolve(Viewer viewer, long id, boolean substantiated, String publicAnswer, boolean apology) {
		if (blank(publicAnswer)) {
			throw new InvalidInputException("report.answerRequired");
		}
		ReportView report = handled(viewer, id);
		move(viewer, report, substantiated ? ReportStatus.SUBSTANTIATED : ReportStatus.UNSUBSTANTIATED,
				"substantiated = :substantiated, public_answer = :answer, apology = :apology, resolved_at = :now",
				Map.of("substantiated", substantiated, "answer", publicAnswer.strip(), "apology",
						substantiated && apology, "now", OffsetDateTime.now(clock)), publicAnswer);
		if (substantiated) {
			events.publishEvent(new HarassmentReportSubstantiated(id, report.trackingCode(), report.unitId(),
					report.kind(), report.occurredOn()));
		}
	}

	/** Sends the report to the competent body outside this system, with a public answer saying where. */
	public void transfer(Viewer viewer, long id, String publicAnswer) {
		if (blank(publicAnswer)) {
			throw new InvalidInputException("report.answerRequired");
		}
		move(viewer, handled(viewer, id), ReportStatus.TRANSFERRED, "public_answer = :answer, resolved_at = :now",
				Map.of("answer", publicAnswer.strip(), "now", OffsetDateTime.now(clock)), publicAnswer);
	}

	/** A report's attachment, described (no content). */
	public record AttachmentView(long id, String fileName, String contentType, int sizeBytes, String sha256) {
	}

	/** The attachments of a report the current user may see. */
	@Transactional(readOnly = true)
	public List<AttachmentView> attachments(Viewer viewer, long reportId) {
		find(viewer, reportId);
		return jdbc.sql("""
				select id, file_name, content_type, size_bytes, sha256 from feedback.report_attachment
				where report_id = :id order by id""").param("id", reportId).query(Rows.as(AttachmentView.class)).list();
	}

	/** One attachment's file, if its report is one the current user may see. */
	@Transactional(readOnly = true)
	public UploadedFile attachment(Viewer viewer, long reportId, long attachmentId) {
		find(viewer, reportId);
		return StoredFiles.load(jdbc, "feedback.report_attachment", "report_id", reportId, attachmentId)
			.orElseThrow(() -> new RecordNotFoundException("attachment", attachmentId));
	}

	/** Counts per unit for the public page: received, resolved on time, substantiated. */
	@Transactional(readOnly = true)
	public List<ReportStatistics> statistics(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select u.id as unit_id, u.name as unit_name, count(*) as received,
				       count(*) filter (where r.resolved_at is not null
				                        and (r.resolved_at at time zone 'Asia/Ho_Chi_Minh')::date <= r.due_on) as on_time,
				       count(*) filter (where r.status = 'SUBSTANTIATED') as substantiated
				from feedback.report r join orgunit.published_unit u on u.id = r.unit_id
				where (r.received_at at time zone 'Asia/Ho_Chi_Minh')::date between :from and :to
				group by u.id, u.name order by u.name""")
			.param("from", from).param("to", to).query(Rows.as(ReportStatistics.class)).list();
	}

	private void move(Viewer viewer, ReportView report, ReportStatus next, @Nullable String setColumns, Map<String, Object> params,
			@Nullable String note) {
		if (!report.status().canBecome(next)) {
			throw new InvalidInputException("report.illegalStep", report.status().name(), next.name());
		}
		StatusChange.apply(jdbc, "feedback.report", "status", report.id(), report.status().name(), next.name(),
				setColumns, params, "report.changedMeanwhile");
		step(viewer.username(), report.id(), report.status(), next, note);
		audit.record("report." + next.name().toLowerCase(java.util.Locale.ROOT), "report", report.id(),
				Map.of("status", report.status().name()), Map.of("status", next.name()));
	}

	private void step(String actor, long id, @Nullable ReportStatus from, ReportStatus to, @Nullable String note) {
		StatusChange.logStep(jdbc, "feedback.report_step", "report_id", id, from == null ? null : from.name(), to.name(),
				actor, note, OffsetDateTime.now(clock));
	}

	private static void requireHandler(Viewer viewer) {
		NotPermittedException.unless(viewer.mayHandleReports());
	}

	private String trackingCode() {
		StringBuilder code = new StringBuilder("PA-");
		for (int i = 0; i < 8; i++) {
			code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
