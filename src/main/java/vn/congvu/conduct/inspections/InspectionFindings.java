package vn.congvu.conduct.inspections;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.conduct.violations.Violations;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Rows;
import vn.congvu.platform.StoredFiles;
import vn.congvu.platform.UploadedFile;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.TextLimits;

/**
 * Phát hiện: what the team found, in the inspected unit or a unit inside it, with the person involved, the article
 * broken and photos or PDFs as evidence (typed by content, checksummed, only shown to those who may read the visit).
 */
@Service
@Transactional
public class InspectionFindings {

	static final int MAX_FILES = 5;

	private final JdbcClient jdbc;
	private final InspectionVisits visits;
	private final CorrectiveActions actions;
	private final AuditLog audit;
	private final java.time.Clock clock;

	InspectionFindings(JdbcClient jdbc, InspectionVisits visits, CorrectiveActions actions, AuditLog audit,
			java.time.Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.visits = visits;
		this.actions = actions;
		this.audit = audit;
	}

	/** Requires a corrective action from the unit (or a unit inside it), optionally of a named owner, by a date. */
	public long requireAction(Viewer viewer, long planId, long unitId, @Nullable Long ownerStaffId, String description,
			LocalDate dueOn) {
		InspectionPlanView plan = visits.requireConduct(viewer, planId);
		requireInside(plan, unitId);
		if (ownerStaffId != null && !worksIn(ownerStaffId, unitId, LocalDate.now(clock))) {
			throw new InvalidInputException("finding.personNotInUnit");
		}
		return actions.add(plan, unitId, ownerStaffId, description, dueOn);
	}

	/** Records a finding with its evidence; all or nothing. Returns its id. */
	public long add(Viewer viewer, long planId, NewFinding finding, List<UploadedFile> files) {
		InspectionPlanView plan = visits.requireConduct(viewer, planId);
		if (finding.description() == null || finding.description().isBlank()) {
			throw new InvalidInputException("finding.descriptionRequired");
		}
		TextLimits.require(finding.description(), Violations.MAX_TEXT);
		if (files.size() > MAX_FILES) {
			throw new InvalidInputException("finding.tooManyFiles", MAX_FILES);
		}
		requireInside(plan, finding.unitId());
		LocalDate day = plan.visitDay();
		if (finding.staffId() != null && !worksIn(finding.staffId(), finding.unitId(), day)) {
			throw new InvalidInputException("finding.personNotInUnit");
		}
		if (finding.articleId() != null && !onChecklist(planId, finding.articleId())) {
			throw new InvalidInputException("finding.articleUnknown");
		}
		long id = jdbc.sql("""
				insert into conduct.finding (plan_id, unit_id, staff_id, article_id, severity, description, recorded_by,
				    recorded_at)
				values (:plan, :unit, :staff, :article, :severity, :description, :by, :now) returning id""")
			.param("now", java.time.OffsetDateTime.now(clock))
			.param("plan", planId).param("unit", finding.unitId()).param("staff", finding.staffId())
			.param("article", finding.articleId()).param("severity", finding.severity().name())
			.param("description", finding.description().strip()).param("by", viewer.username())
			.query(Long.class).single();
		StoredFiles.store(jdbc, "conduct.finding_evidence", "finding_id", id, files);
		audit.record("finding.add", "finding", id, null, Map.of("planId", planId, "unitId", finding.unitId(),
				"severity", finding.severity().name(), "files", files.stream().map(UploadedFile::sha256).toList()));
		return id;
	}

	/** An evidence file, if the current user may read the visit's findings. */
	@Transactional(readOnly = true)
	public UploadedFile evidence(Viewer viewer, long evidenceId) {
		record Owner(long findingId, long planId, @Nullable Long staffId) {
		}
		Owner row = jdbc.sql("""
				select f.id as finding_id, f.plan_id, f.staff_id from conduct.finding_evidence e
				join conduct.finding f on f.id = e.finding_id where e.id = :id""").param("id", evidenceId)
			.query(Rows.as(Owner.class)).optional().orElseThrow(() -> new RecordNotFoundException("evidence", evidenceId));
		boolean allowed;
		try {
			VisitAccess access = visits.access(viewer, row.planId());
			allowed = access.readsConclusion() || access.readOwn() && row.staffId() != null
					&& viewer.isStaff(row.staffId());
		}
		catch (RecordNotFoundException ex) { // the plan itself is out of sight
			allowed = false;
		}
		if (!allowed) {
			throw new RecordNotFoundException("evidence", evidenceId);
		}
		return StoredFiles.load(jdbc, "conduct.finding_evidence", "finding_id", row.findingId(), evidenceId)
			.orElseThrow(() -> new RecordNotFoundException("evidence", evidenceId));
	}

	void requireInside(InspectionPlanView plan, long unitId) {
		boolean inside = jdbc.sql("select exists (select 1 from orgunit.published_unit where id = :id and path like :path || '%')")
			.param("id", unitId).param("path", plan.unitPath()).query(Boolean.class).single();
		if (!inside) {
			throw new InvalidInputException("finding.unitOutsideInspection");
		}
	}

	private boolean worksIn(long staffId, long unitId, LocalDate day) {
		return jdbc.sql("""
				select exists (select 1 from staff.published_assignment a join orgunit.published_unit w on w.id = a.unit_id
				  join orgunit.published_unit u on u.id = :unit
				  where a.staff_id = :staff and w.path like u.path || '%' and a.valid_from <= :day
				    and (a.valid_to is null or a.valid_to > :day))""")
			.param("staff", staffId).param("unit", unitId).param("day", day).query(Boolean.class).single();
	}

	private boolean onChecklist(long planId, long articleId) {
		return jdbc.sql("select exists (select 1 from conduct.checklist_item where plan_id = :plan and article_id = :a)")
			.param("plan", planId).param("a", articleId).query(Boolean.class).single();
	}
}
