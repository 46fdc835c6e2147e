package vn.congvu.conduct.inspections;

import vn.congvu.platform.OfficialDocument;
import vn.congvu.conduct.violations.NewViolation;
import vn.congvu.conduct.violations.ViolationSeverity;
import vn.congvu.conduct.violations.Violations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.TextLimits;
import vn.congvu.platform.UploadedFile;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.VietnameseDates;

/**
 * Kết luận kiểm tra: a member drafts it once every checklist item is answered; the team leader confirms it, which
 * closes the visit, writes the PDF (kept with its checksum) and records each finding as a violation.
 */
@Service
@Transactional
public class InspectionConclusions {

	public static final String SOURCE = "INSPECTION";
	private static final Locale VI = Locale.forLanguageTag("vi");

	private final JdbcClient jdbc;
	private final InspectionVisits visits;
	private final Violations violations;
	private final MessageSource messages;
	private final AuditLog audit;
	private final Clock clock;
	private final org.springframework.context.ApplicationEventPublisher events;
	private final vn.congvu.reporting.DocumentRegister register;
	private final vn.congvu.reporting.AuthorityRegister authorities;
	private final vn.congvu.orgunit.OrgUnitQueries units;

	InspectionConclusions(JdbcClient jdbc, InspectionVisits visits, Violations violations, MessageSource messages,
			AuditLog audit, Clock clock, org.springframework.context.ApplicationEventPublisher events,
			vn.congvu.reporting.DocumentRegister register, vn.congvu.reporting.AuthorityRegister authorities,
			vn.congvu.orgunit.OrgUnitQueries units) {
		this.jdbc = jdbc;
		this.visits = visits;
		this.violations = violations;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
		this.register = register;
		this.authorities = authorities;
		this.units = units;
	}

	/** Writes or rewrites the draft conclusion; every checklist item must have been answered first. */
	public void draft(Viewer viewer, long planId, String summary) {
		visits.requireConduct(viewer, planId);
		if (summary == null || summary.isBlank()) {
			throw new InvalidInputException("conclusion.summaryRequired");
		}
		TextLimits.require(summary, 20_000);
		long open = jdbc.sql("select count(*) from conduct.checklist_item where plan_id = :plan and result is null")
			.param("plan", planId).query(Long.class).single();
		if (open > 0) {
			throw new InvalidInputException("conclusion.checklistIncomplete", open);
		}
		String previous = jdbc.sql("select summary from conduct.conclusion where plan_id = :plan")
			.param("plan", planId).query(String.class).optional().orElse(null);
		jdbc.sql("""
				insert into conduct.conclusion (plan_id, summary, drafted_by, drafted_at)
				values (:plan, :summary, :by, :now)
				on conflict (plan_id) do update set summary = excluded.summary, drafted_by = excluded.drafted_by,
				    drafted_at = :now where conduct.conclusion.confirmed_at is null""")
			.param("plan", planId).param("summary", summary.strip()).param("by", viewer.displayName())
			.param("now", OffsetDateTime.now(clock)).update();
		// a rewrite keeps the earlier draft in the audit log
		audit.record("conclusion.draft", "inspectionPlan", planId,
				previous == null ? null : Map.of("summary", previous), Map.of("summary", summary.strip()));
	}

	/** The team leader confirms: the PDF is written and every finding becomes a recorded violation. */
	public void confirm(Viewer viewer, long planId) {
		VisitView visit = visits.view(viewer, planId);
		if (!visit.access().confirm()) {
			throw new InvalidInputException("conclusion.onlyLeader");
		}
		if (visit.conclusion() == null) {
			throw new InvalidInputException("conclusion.noDraft");
		}
		if (visit.plan().concluded()) {
			throw new InvalidInputException("visit.concluded");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		String leader = jdbc.sql("select full_name from staff.published_member where id = :id")
			.param("id", visit.plan().teamLeaderId()).query(String.class).single();
		byte[] pdf = issue(visit, leader, now).pdf();
		String sha = UploadedFile.sha256(pdf);
		int updated = jdbc.sql("""
				update conduct.conclusion set confirmed_by = :by, confirmed_at = :now, pdf = :pdf, pdf_sha256 = :sha
				where plan_id = :plan and confirmed_at is null""")
			.param("by", viewer.displayName()).param("now", now).param("pdf", pdf).param("sha", sha)
			.param("plan", planId).update();
		if (updated != 1) {
			throw new InvalidInputException("visit.concluded");
		}
		for (VisitView.Finding finding : visit.findings()) {
			// the leader's confirmation records the findings whatever the leader's own rights on violations
			violations.record(Viewer.system(), new NewViolation(finding.unitId(), finding.staffId(), finding.articleId(), finding.severity(),
					finding.description(), SOURCE, "finding-" + finding.id(), visit.visitDay()));
		}
		for (CorrectiveActionView action : visit.actions()) {
			events.publishEvent(new CorrectiveActionIssued(action.id(), action.unitId(), action.ownerStaffId(),
					action.description(), action.dueOn(), action.planTitle()));
		}
		audit.record("conclusion.confirm", "inspectionPlan", planId, null,
				Map.of("sha256", sha, "findings", visit.findings().size(), "actions", visit.actions().size()));
	}

	/** The confirmed conclusion's PDF, if the current user may read the visit. */
	@Transactional(readOnly = true)
	public byte[] pdf(Viewer viewer, long planId) {
		if (!visits.access(viewer, planId).readsConclusion()) {
			throw new RecordNotFoundException("conclusion", planId);
		}
		return jdbc.sql("select pdf from conduct.conclusion where plan_id = :plan and pdf is not null")
			.param("plan", planId).query(byte[].class).optional()
			.orElseThrow(() -> new RecordNotFoundException("conclusion", planId));
	}

	/**
	 * Issues the conclusion in the team's name: the team is registered as a body of the authority above the inspected
	 * unit (as the plan names it), numbered in the team's register and signed by its leader.
	 */
	private vn.congvu.reporting.DocumentRegister.Issued issue(VisitView visit, String leader, OffsetDateTime confirmedAt) {
		InspectionPlanView plan = visit.plan();
		LocalDate today = confirmedAt.atZoneSameInstant(clock.getZone()).toLocalDate();
		Long above = units.find(plan.unitId()).parentId();
		vn.congvu.reporting.Authority team = authorities.body(
				authorities.competentFor(above != null ? above : plan.unitId(), today),
				vn.congvu.reporting.AuthorityKind.INSPECTION_TEAM, plan.teamName());
		OfficialDocument.Signer signer = new OfficialDocument.Signer("", "Trưởng đoàn", leader);
		return register.issue(new vn.congvu.reporting.DocumentRegister.Draft(team,
				vn.congvu.reporting.DocumentKind.CONCLUSION, "Kiểm tra công vụ: " + plan.title(), today,
				"conduct.inspection_plan:" + plan.id(), signer, null), (letterhead, pdf) -> write(visit, pdf, signer,
						today, confirmedAt));
	}

	private OfficialDocument write(VisitView visit, OfficialDocument pdf, OfficialDocument.Signer signer,
			LocalDate today, OffsetDateTime confirmedAt) {
		InspectionPlanView plan = visit.plan();
		pdf.text("Đơn vị được kiểm tra: " + plan.unitName() + ". Hình thức: "
				+ label("enum.InspectionKind." + plan.kind()) + ". Ngày kiểm tra: "
				+ VietnameseDates.format(visit.visitDay()) + ".");
		long violations = visit.items().stream().filter(i -> i.result() == ChecklistResult.VIOLATION).count();
		long compliant = visit.items().stream().filter(i -> i.result() == ChecklistResult.COMPLIANT).count();
		pdf.heading("I. KẾT QUẢ KIỂM TRA")
			.text("Số nội dung kiểm tra: " + visit.items().size() + "; đạt: " + compliant + "; vi phạm: " + violations
					+ "; không áp dụng: " + (visit.items().size() - compliant - violations) + ".");
		for (VisitView.Item item : visit.items()) {
			if (item.result() == ChecklistResult.VIOLATION) {
				pdf.text("– " + item.label() + (item.note() == null ? "" : " (" + item.note() + ")"));
			}
		}
		pdf.heading("II. CÁC PHÁT HIỆN");
		if (visit.findings().isEmpty()) {
			pdf.text("Không có phát hiện vi phạm.");
		}
		int n = 0;
		for (VisitView.Finding finding : visit.findings()) {
			pdf.text(++n + ". " + finding.unitName() + (finding.staffName() == null ? "" : ", " + finding.staffName())
					+ (finding.articleLabel() == null ? "" : " – " + finding.articleLabel()) + " – mức độ: "
					+ label("enum.ViolationSeverity." + finding.severity()).toLowerCase(VI) + ". "
					+ finding.description() + (finding.evidence().isEmpty() ? ""
							: " (" + finding.evidence().size() + " tệp chứng cứ)"));
		}
		pdf.heading("III. KẾT LUẬN").text(visit.conclusion().summary());
		pdf.heading("IV. YÊU CẦU KHẮC PHỤC");
		List<String[]> rows = new ArrayList<>();
		for (CorrectiveActionView action : visit.actions()) {
			rows.add(new String[] { String.valueOf(rows.size() + 1), action.description(), action.unitName(),
					action.ownerName() == null ? "" : action.ownerName(), VietnameseDates.format(action.dueOn()) });
		}
		if (rows.isEmpty()) {
			pdf.text("Không có yêu cầu khắc phục.");
		}
		else {
			pdf.table(new float[] { 0.4f, 4, 2, 2, 1.4f },
					new String[] { "TT", "Nội dung", "Đơn vị", "Người chịu trách nhiệm", "Thời hạn" }, rows);
		}
		return pdf.closing(List.of(plan.unitName() + " (đơn vị được kiểm tra)", "Thành viên Đoàn kiểm tra"), signer,
				"(Xác nhận trên hệ thống lúc " + VietnameseDates.format(today) + " "
						+ confirmedAt.atZoneSameInstant(clock.getZone()).toLocalTime().withNano(0) + ")");
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, VI);
	}
}
