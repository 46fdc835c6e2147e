package vn.congvu.conduct.violations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.CustomPlans;
import vn.congvu.platform.Rows;
import vn.congvu.platform.StatusChange;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.Problems;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.TextLimits;

/** Vi phạm: records violations and moves them along their workflow; illegal steps are refused, every step audited. */
@Service
@Transactional
public class Violations {

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final OrgUnitQueries units;
	private final int deadlineHorizonDays;

	private final vn.congvu.staff.StaffQueries staff;

	Violations(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock, OrgUnitQueries units,
			vn.congvu.staff.StaffQueries staff,
			@Value("${congvu.conduct.deadline-horizon-days:366}") int deadlineHorizonDays) {
		this.staff = staff;
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.units = units;
		this.deadlineHorizonDays = deadlineHorizonDays;
	}

	/** The longest free text (description, explanation, reason) the conduct module stores. */
	public static final int MAX_TEXT = 5_000;

	static final String COLUMNS = """
			select v.id, v.unit_id, u.name as unit_name, v.staff_id, s.full_name as staff_name, v.article_id,
			       case when a.id is null then null else 'Điều ' || a.number || '. ' || a.title end as article_label,
			       v.severity, v.description, v.source, v.source_ref, v.occurred_on, v.status, v.explanation_due,
			       v.explanation, v.explained_by, v.explained_at, v.handling
			from conduct.violation v
			join orgunit.published_unit u on u.id = v.unit_id
			left join staff.published_member s on s.id = v.staff_id
			left join conduct.code_article a on a.id = v.article_id
			""";

	/** A violation's current state, with the names of its unit, person and article. */
	public record ViolationView(long id, long unitId, String unitName, @Nullable Long staffId,
			@Nullable String staffName, @Nullable Long articleId, @Nullable String articleLabel,
			ViolationSeverity severity, String description, String source, @Nullable String sourceRef,
			LocalDate occurredOn, ViolationStatus status, @Nullable LocalDate explanationDue,
			@Nullable String explanation, @Nullable String explainedBy, @Nullable OffsetDateTime explainedAt,
			@Nullable ViolationHandling handling) {
	}

	/**
	 * Records a violation; returns its id. With a {@code sourceRef} (an inspection finding, a report's tracking code)
	 * the same source is recorded once: a repeat returns the existing id.
	 */
	public long record(Viewer viewer, NewViolation violation) {
		return record(viewer, violation, new Problems());
	}

	/**
	 * Records a violation unless it or its form has problems ({@code problems}: those found before, such as a value
	 * the form could not read); every problem is refused at once, at its field.
	 */
	public long record(Viewer viewer, NewViolation violation, Problems problems) {
		NotPermittedException.unless(viewer.mayHandleViolations());
		if (problems.require(violation.unitId() > 0, "unitId", "staff.chooseUnit")) {
			problems.require(units.inScope(viewer, violation.unitId()), "unitId", "violation.unitOutOfScope");
		}
		if (problems.require(violation.description() != null && !violation.description().isBlank(), "description",
				"violation.descriptionRequired")) {
			problems.check("description", () -> TextLimits.require(violation.description(), MAX_TEXT));
		}
		if (violation.occurredOn() == null) {
			problems.add("occurredOn", "violation.dateRequired");
		}
		else {
			problems.require(!violation.occurredOn().isAfter(LocalDate.now(clock)), "occurredOn", "violation.inFuture");
		}
		problems.refuseIfAny();
		Long id = jdbc.sql("""
				insert into conduct.violation (unit_id, staff_id, article_id, severity, description, source, source_ref,
				    occurred_on, status, recorded_at)
				values (:unit, :staff, :article, :severity, :description, :source, :ref, :on, 'RECORDED', :now)
				on conflict do nothing returning id""").param("now", OffsetDateTime.now(clock))
			.param("unit", violation.unitId()).param("staff", violation.staffId())
			.param("article", violation.articleId()).param("severity", violation.severity().name())
			.param("description", violation.description().strip()).param("source", violation.source())
			.param("ref", violation.sourceRef()).param("on", violation.occurredOn()).query(Long.class).optional()
			.orElse(null);
		if (id == null) {
			return jdbc.sql("select id from conduct.violation where source = :source and source_ref = :ref")
				.param("source", violation.source()).param("ref", violation.sourceRef()).query(Long.class).single();
		}
		step(viewer, id, null, ViolationStatus.RECORDED, null);
		audit.record("violation.record", "violation", id, null, Map.of("unitId", violation.unitId(), "source",
				violation.source(), "severity", violation.severity().name()));
		return id;
	}

	/**
	 * Loads violations already dealt with before the system was used (from paper registers): each is stored in its
	 * final state with one step, and the load is audited once. Returns how many were loaded.
	 */
	public int loadEarlier(Viewer viewer, java.util.List<NewViolation> earlier, ViolationStatus status,
			@Nullable ViolationHandling handling) {
		NotPermittedException.unless(viewer.mayAdminister());
		for (NewViolation violation : earlier) {
			long id = jdbc.sql("""
					insert into conduct.violation (unit_id, staff_id, article_id, severity, description, source,
					    source_ref, occurred_on, status, handling, recorded_at)
					values (:unit, :staff, :article, :severity, :description, :source, :ref, :on, :status, :handling,
					    cast(:on as date) + 7) returning id""")
				.param("unit", violation.unitId()).param("staff", violation.staffId())
				.param("article", violation.articleId()).param("severity", violation.severity().name())
				.param("description", violation.description()).param("source", violation.source())
				.param("ref", violation.sourceRef()).param("on", violation.occurredOn()).param("status", status.name())
				.param("handling", handling == null ? null : handling.name()).query(Long.class).single();
			step(viewer, id, null, status, "Nhập từ sổ theo dõi");
		}
		audit.record("violation.loadEarlier", "violation", "batch", null,
				Map.of("count", earlier.size(), "status", status.name()));
		return earlier.size();
	}

	/** Asks the person or unit to explain by {@code due}, which cannot be in the past nor beyond the horizon. */
	public void askExplanation(Viewer viewer, long id, LocalDate due) {
		requireHandler(viewer, id);
		LocalDate today = LocalDate.now(clock);
		if (due.isBefore(today)) {
			throw new InvalidInputException("violation.deadlineInPast");
		}
		if (due.isAfter(today.plusDays(deadlineHorizonDays))) {
			throw new InvalidInputException("error.deadlineTooFar", deadlineHorizonDays);
		}
		move(viewer, id, ViolationStatus.AWAITING_EXPLANATION, "explanation_due = :due", Map.of("due", due), null);
	}

	/**
	 * Records the explanation, written by the person concerned or by the head of the unit (for the unit), with its
	 * author and time; an edit keeps the previous text in the audit log. The state stays until an officer decides.
	 */
	public void explain(Viewer viewer, long id, String explanation) {
		ViolationView violation = findVisible(viewer, id);
		if (!mayExplain(viewer, violation)) {
			throw new NotPermittedException("violation.notYoursToExplain");
		}
		if (violation.status() != ViolationStatus.AWAITING_EXPLANATION) {
			throw new InvalidInputException("violation.notAwaitingExplanation");
		}
		if (explanation == null || explanation.isBlank()) {
			throw new InvalidInputException("violation.explanationRequired");
		}
		TextLimits.require(explanation, MAX_TEXT);
		jdbc.sql("""
				update conduct.violation set explanation = :text, explained_by = :by, explained_at = :now
				where id = :id""")
			.param("text", explanation.strip()).param("by", viewer.username())
			.param("now", OffsetDateTime.now(clock)).param("id", id).update();
		Map<String, Object> before = new java.util.HashMap<>();
		before.put("explanation", violation.explanation());
		before.put("explainedBy", violation.explainedBy());
		audit.record("violation.explain", "violation", id, before,
				Map.of("explanation", explanation.strip(), "explainedBy", viewer.username()));
	}

	/** Whether the viewer may write the explanation: the person concerned, or a head of the unit (in scope). */
	public static boolean mayExplain(Viewer viewer, ViolationView violation) {
		return viewer.isStaff(violation.staffId()) || viewer.mayExplainForUnit();
	}

	public void confirm(Viewer viewer, long id) {
		requireHandler(viewer, id);
		ViolationView violation = move(viewer, id, ViolationStatus.CONFIRMED, null, Map.of(), null);
		Long head = staff.headOf(violation.unitId(), violation.occurredOn()).orElse(null);
		events.publishEvent(new ViolationConfirmed(id, violation.unitId(), violation.staffId(), head,
				violation.severity(), violation.occurredOn()));
	}

	/** Dismisses a violation: an officer's decision with a reason (kept in the history) and an explicit confirmation. */
	public void dismiss(Viewer viewer, long id, String reason, boolean confirmed) {
		requireHandler(viewer, id);
		TextLimits.requireReason(reason, "violation.dismissReasonRequired", MAX_TEXT);
		if (!confirmed) {
			throw new InvalidInputException("violation.dismissNotConfirmed");
		}
		move(viewer, id, ViolationStatus.DISMISSED, null, Map.of(), reason.strip());
	}

	public void handle(Viewer viewer, long id, ViolationHandling handling) {
		requireHandler(viewer, id);
		move(viewer, id, ViolationStatus.HANDLED, "handling = :handling", Map.of("handling", handling.name()), null);
	}

	/** Only officers who handle violations decide on them, and only on those in their scope ("not found" else). */
	private void requireHandler(Viewer viewer, long id) {
		ViolationView violation = findVisible(viewer, id);
		NotPermittedException.unless(viewer.mayHandleViolations() && violation.id() == id);
	}

	/**
	 * The latest violations the viewer may see in their scope: officers see those still open and those
	 * recorded in the last 30 days (the dashboard has the rest); a unit head sees those whose explanation was asked or
	 * that were confirmed; others only their own.
	 */
	@Transactional(readOnly = true)
	public java.util.List<ViolationView> visible(Viewer viewer) {
		return CustomPlans.run(jdbc, () -> visibleQuery(viewer, null).query(Rows.as(ViolationView.class)).list());
	}

	/**
	 * The violations waiting on the viewer, oldest deadline first: explanations asked of them and not yet written,
	 * and, for those who handle violations, explained ones waiting for a decision in their scope (never their own).
	 */
	@Transactional(readOnly = true)
	public java.util.List<ViolationView> waitingOn(Viewer viewer) {
		return jdbc.sql(COLUMNS + """
				where v.status = 'AWAITING_EXPLANATION'
				  and ((v.staff_id = :staff and v.explanation is null)
				       or (:officer and v.explanation is not null and v.staff_id is distinct from :staff
				           and u.path like :scope || '%'))
				order by v.explanation_due nulls last, v.id limit 200""")
			.param("staff", viewer.staffId() == null ? -1L : viewer.staffId())
			.param("officer", viewer.mayHandleViolations()).param("scope", viewer.scopePath())
			.query(Rows.as(ViolationView.class)).list();
	}

	/** One violation if the viewer may see it, else "not found". */
	@Transactional(readOnly = true)
	public ViolationView findVisible(Viewer viewer, long id) {
		if (viewer.isSystem()) {
			return find(id);
		}
		return CustomPlans.run(jdbc, () -> visibleQuery(viewer, id).query(Rows.as(ViolationView.class)).optional())
			.orElseThrow(() -> new RecordNotFoundException("violation", id));
	}

	private JdbcClient.StatementSpec visibleQuery(Viewer viewer, @Nullable Long id) {
		// run through CustomPlans: see ViolationStatistics.bind
		return jdbc.sql(COLUMNS + """
				where u.path like :scope || '%' and (cast(:id as bigint) is null or v.id = :id)
				  and ((:officer and (cast(:id as bigint) is not null or v.status in ('RECORDED', 'AWAITING_EXPLANATION', 'CONFIRMED')
				                      or v.recorded_at > cast(:now as timestamptz) - interval '30 days'))
				       or (:head and v.status in ('AWAITING_EXPLANATION', 'CONFIRMED', 'HANDLED'))
				       or (v.staff_id = :staff and v.status <> 'RECORDED'))
				order by v.occurred_on desc, v.id desc limit 50""")
			.param("scope", viewer.scopePath()).param("officer", viewer.mayHandleViolations()).param("id", id)
			.param("head", viewer.mayExplainForUnit()).param("now", OffsetDateTime.now(clock))
			.param("staff", viewer.staffId() == null ? -1L : viewer.staffId());
	}

	/** One violation whoever asks: for this module's own rules, never for display. */
	@Transactional(readOnly = true)
	ViolationView find(long id) {
		return jdbc.sql(COLUMNS + " where v.id = :id")
			.param("id", id).query(Rows.as(ViolationView.class)).optional()
			.orElseThrow(() -> new RecordNotFoundException("violation", id));
	}

	private ViolationView move(Viewer viewer, long id, ViolationStatus next, @Nullable String set, Map<String, Object> params,
			@Nullable String note) {
		ViolationView violation = find(id);
		if (!violation.status().canBecome(next)) {
			throw new InvalidInputException("violation.illegalStep", violation.status().name(), next.name());
		}
		StatusChange.apply(jdbc, "conduct.violation", "status", id, violation.status().name(), next.name(), set, params,
				"violation.changedMeanwhile");
		step(viewer, id, violation.status(), next, note);
		audit.record("violation." + next.name().toLowerCase(java.util.Locale.ROOT), "violation", id,
				Map.of("status", violation.status().name()), Map.of("status", next.name()));
		return violation;
	}

	private void step(Viewer viewer, long id, @Nullable ViolationStatus from, ViolationStatus to, @Nullable String note) {
		StatusChange.logStep(jdbc, "conduct.violation_step", "violation_id", id, from == null ? null : from.name(),
				to.name(), viewer.username(), note, OffsetDateTime.now(clock));
	}
}
