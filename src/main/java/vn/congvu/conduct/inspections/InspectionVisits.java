package vn.congvu.conduct.inspections;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.conduct.violations.ViolationSeverity;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Permission;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.TextLimits;

/**
 * Cuộc kiểm tra: the visit itself, conducted on a phone by the team's members. Every save is kept at once, so a
 * half-filled checklist on a slow connection is a draft, not a loss. Once the leader confirms the conclusion
 * ({@link InspectionConclusions}) nothing here changes any more.
 */
@Service
@Transactional
public class InspectionVisits {

	private final JdbcClient jdbc;
	private final Inspections inspections;
	private final InspectionTeams teams;
	private final Checklists checklists;
	private final CorrectiveActions actions;
	private final AuditLog audit;

	InspectionVisits(JdbcClient jdbc, Inspections inspections, InspectionTeams teams, Checklists checklists,
			CorrectiveActions actions, AuditLog audit) {
		this.jdbc = jdbc;
		this.inspections = inspections;
		this.teams = teams;
		this.checklists = checklists;
		this.actions = actions;
		this.audit = audit;
	}

	/** What the viewer may do with the plan's visit; "not found" when they may not see the plan at all. */
	@Transactional(readOnly = true)
	public VisitAccess access(Viewer viewer, long planId) {
		return access(viewer, inspections.find(viewer, planId));
	}

	VisitAccess access(Viewer viewer, InspectionPlanView plan) {
		Optional<Long> me = Optional.ofNullable(viewer.staffId());
		boolean member = me.isPresent() && teams.isMember(plan.teamId(), me.get());
		boolean open = plan.started() && !plan.concluded();
		boolean overseer = viewer.may(Permission.HANDLE_CASES);
		boolean readsConclusions = viewer.may(Permission.READ_INSPECTION_CONCLUSIONS);
		return new VisitAccess(member && open, member && me.get() == plan.teamLeaderId() && plan.started(),
				member || overseer, plan.concluded() && readsConclusions, plan.concluded() && !readsConclusions);
	}

	/** The visit as the viewer may see it. */
	@Transactional(readOnly = true)
	public VisitView view(Viewer viewer, long planId) {
		InspectionPlanView plan = inspections.find(viewer, planId);
		VisitAccess access = access(viewer, plan);
		if (!access.readsFindings()) {
			return new VisitView(plan, access, List.of(), List.of(), List.of(), null);
		}
		List<VisitView.Item> items = access.readAll() ? jdbc.sql("""
				select id, position, article_id, label, result, note from conduct.checklist_item
				where plan_id = :plan order by position""").param("plan", planId).query(Rows.as(VisitView.Item.class)).list()
				: List.of();
		if (!access.readsConclusion()) { // a staff member: what concerns them, nothing else
			long me = viewer.staffId() == null ? -1L : viewer.staffId();
			return new VisitView(plan, access, items,
					findings(planId).stream().filter(f -> f.staffId() != null && f.staffId() == me).toList(),
					actions.ofPlan(planId).stream()
						.filter(a -> a.ownerStaffId() != null && a.ownerStaffId() == me).toList(),
					null);
		}
		return new VisitView(plan, access, items, findings(planId), actions.ofPlan(planId),
				conclusion(planId).orElse(null));
	}

	/** Saves the ticks and notes given (a draft: unanswered items stay open). */
	public void saveChecklist(Viewer viewer, long planId, Map<Long, ChecklistResult> results,
			Map<Long, String> notes) {
		requireConduct(viewer, planId);
		if (notes.values().stream().anyMatch(note -> note.strip().length() > 2000)) {
			throw new InvalidInputException("visit.noteTooLong");
		}
		notes.values().forEach(note -> TextLimits.require(note, 2000));
		List<Map.Entry<Long, ChecklistResult>> ticked = List.copyOf(results.entrySet());
		int changed = jdbc.sql("""
				update conduct.checklist_item c set result = v.result
				from unnest(:ids::bigint[], :results::varchar[]) as v (id, result)
				where c.id = v.id and c.plan_id = :plan""")
			.param("ids", ticked.stream().map(Map.Entry::getKey).toArray(Long[]::new))
			.param("results", ticked.stream().map(e -> e.getValue().name()).toArray(String[]::new))
			.param("plan", planId).update();
		List<Map.Entry<Long, String>> noted = List.copyOf(notes.entrySet());
		jdbc.sql("""
				update conduct.checklist_item c set note = nullif(v.note, '')
				from unnest(:ids::bigint[], :notes::varchar[]) as v (id, note)
				where c.id = v.id and c.plan_id = :plan""")
			.param("ids", noted.stream().map(Map.Entry::getKey).toArray(Long[]::new))
			.param("notes", noted.stream().map(e -> e.getValue().strip()).toArray(String[]::new))
			.param("plan", planId).update();
		audit.record("visit.checklist", "inspectionPlan", planId, null,
				Map.of("answered", changed, "results", results.values().stream()
					.collect(Collectors.groupingBy(Enum::name, Collectors.counting()))));
	}

	/** Adds a free item to the checklist. */
	public long addItem(Viewer viewer, long planId, String label) {
		requireConduct(viewer, planId);
		if (label == null || label.isBlank() || label.strip().length() > 300) {
			throw new InvalidInputException("visit.itemLabelRequired");
		}
		TextLimits.require(label, 300);
		long id = checklists.add(planId, label.strip());
		audit.record("visit.addItem", "inspectionPlan", planId, null, Map.of("itemId", id));
		return id;
	}

	/** The plan, if the viewer may conduct its visit now; else refused. */
	InspectionPlanView requireConduct(Viewer viewer, long planId) {
		InspectionPlanView plan = inspections.find(viewer, planId);
		VisitAccess access = access(viewer, plan);
		if (!access.readAll()) {
			throw new RecordNotFoundException("inspectionPlan", planId);
		}
		if (!access.conduct()) {
			throw new InvalidInputException(plan.concluded() ? "visit.concluded"
					: plan.started() ? "visit.notMember" : "visit.notStarted");
		}
		return plan;
	}

	List<VisitView.Finding> findings(long planId) {
		Map<Long, List<VisitView.Evidence>> evidence = jdbc.sql("""
				select e.id, e.finding_id, e.file_name, e.content_type, e.size_bytes, e.sha256
				from conduct.finding_evidence e join conduct.finding f on f.id = e.finding_id
				where f.plan_id = :plan order by e.id""").param("plan", planId).query(Rows.as(VisitView.Evidence.class)).list()
			.stream().collect(Collectors.groupingBy(VisitView.Evidence::findingId));
		record Row(long id, long unitId, String unitName, @Nullable Long staffId, @Nullable String staffName,
				@Nullable Long articleId, @Nullable String articleLabel, ViolationSeverity severity, String description, String recordedBy,
				java.time.OffsetDateTime recordedAt) {
		}
		return jdbc.sql("""
				select f.id, f.unit_id, u.name as unit_name, f.staff_id, s.full_name as staff_name, f.article_id,
				       case when a.id is null then null else 'Điều ' || a.number || '. ' || a.title end as article_label,
				       f.severity, f.description, f.recorded_by, f.recorded_at
				from conduct.finding f join orgunit.published_unit u on u.id = f.unit_id
				left join staff.published_member s on s.id = f.staff_id
				left join conduct.code_article a on a.id = f.article_id
				where f.plan_id = :plan order by f.id""").param("plan", planId).query(Rows.as(Row.class)).list().stream()
			.map(r -> new VisitView.Finding(r.id(), r.unitId(), r.unitName(), r.staffId(), r.staffName(),
					r.articleId(), r.articleLabel(), r.severity(), r.description(), r.recordedBy(), r.recordedAt(),
					evidence.getOrDefault(r.id(), List.of())))
			.toList();
	}

	Optional<VisitView.Conclusion> conclusion(long planId) {
		return jdbc.sql("""
				select summary, drafted_by, drafted_at, confirmed_by, confirmed_at, pdf_sha256
				from conduct.conclusion where plan_id = :plan""").param("plan", planId)
			.query(Rows.as(VisitView.Conclusion.class)).optional();
	}
}
