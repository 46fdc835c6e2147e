package vn.congvu.conduct;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.CurrentUser;
import vn.congvu.platform.StatusChange;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.RecordNotFoundException;

/** Vi phạm: records violations and moves them along their workflow; illegal steps are refused, every step audited. */
@Service
@Transactional
public class Violations {

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Violations(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	static final String COLUMNS = """
			select v.id, v.unit_id, u.name as unit_name, v.staff_id, s.full_name as staff_name, v.article_id,
			       case when a.id is null then null else 'Điều ' || a.number || '. ' || a.title end as article_label,
			       v.severity, v.description, v.source, v.source_ref, v.occurred_on, v.status, v.explanation_due,
			       v.explanation, v.handling
			from conduct.violation v
			join orgunit.org_unit u on u.id = v.unit_id
			left join staff.staff_member s on s.id = v.staff_id
			left join conduct.code_article a on a.id = v.article_id
			""";

	/** A violation's current state, with the names of its unit, person and article. */
	public record ViolationView(long id, long unitId, String unitName, @Nullable Long staffId,
			@Nullable String staffName, @Nullable Long articleId, @Nullable String articleLabel,
			ViolationSeverity severity, String description, String source, @Nullable String sourceRef,
			LocalDate occurredOn, ViolationStatus status, @Nullable LocalDate explanationDue,
			@Nullable String explanation, @Nullable ViolationHandling handling) {
	}

	/**
	 * Records a violation; returns its id. With a {@code sourceRef} (an inspection finding, a report's tracking code)
	 * the same source is recorded once: a repeat returns the existing id.
	 */
	public long record(NewViolation violation) {
		if (violation.description() == null || violation.description().isBlank()) {
			throw new InvalidInputException("violation.descriptionRequired");
		}
		if (violation.occurredOn().isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException("violation.inFuture");
		}
		Long id = jdbc.sql("""
				insert into conduct.violation (unit_id, staff_id, article_id, severity, description, source, source_ref,
				    occurred_on, status)
				values (:unit, :staff, :article, :severity, :description, :source, :ref, :on, 'RECORDED')
				on conflict do nothing returning id""")
			.param("unit", violation.unitId()).param("staff", violation.staffId())
			.param("article", violation.articleId()).param("severity", violation.severity().name())
			.param("description", violation.description().strip()).param("source", violation.source())
			.param("ref", violation.sourceRef()).param("on", violation.occurredOn()).query(Long.class).optional()
			.orElse(null);
		if (id == null) {
			return jdbc.sql("select id from conduct.violation where source = :source and source_ref = :ref")
				.param("source", violation.source()).param("ref", violation.sourceRef()).query(Long.class).single();
		}
		step(id, null, ViolationStatus.RECORDED, null);
		audit.record("violation.record", "violation", id, null, Map.of("unitId", violation.unitId(), "source",
				violation.source(), "severity", violation.severity().name()));
		return id;
	}

	/**
	 * Loads violations already dealt with before the system was used (from paper registers): each is stored in its
	 * final state with one step, and the load is audited once. Returns how many were loaded.
	 */
	public int loadEarlier(java.util.List<NewViolation> earlier, ViolationStatus status,
			@Nullable ViolationHandling handling) {
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
			step(id, null, status, "Nhập từ sổ theo dõi");
		}
		audit.record("violation.loadEarlier", "violation", "batch", null,
				Map.of("count", earlier.size(), "status", status.name()));
		return earlier.size();
	}

	/** Asks the person or unit to explain by {@code due}, which cannot be in the past. */
	public void askExplanation(long id, LocalDate due) {
		if (due.isBefore(LocalDate.now(clock))) {
			throw new InvalidInputException("violation.deadlineInPast");
		}
		move(id, ViolationStatus.AWAITING_EXPLANATION, "explanation_due = :due", Map.of("due", due), null);
	}

	/** Records the explanation given (the state stays until someone decides). */
	public void explain(long id, String explanation) {
		ViolationView violation = find(id);
		if (violation.status() != ViolationStatus.AWAITING_EXPLANATION) {
			throw new InvalidInputException("violation.notAwaitingExplanation");
		}
		jdbc.sql("update conduct.violation set explanation = :text where id = :id")
			.param("text", explanation.strip()).param("id", id).update();
		audit.record("violation.explain", "violation", id, null, Map.of("length", explanation.length()));
	}

	public void confirm(long id) {
		ViolationView violation = move(id, ViolationStatus.CONFIRMED, null, Map.of(), null);
		Long head = jdbc.sql("""
				select staff_id from staff.assignment where unit_id = :unit and leadership = 'HEAD'
				  and valid_from <= :day and (valid_to is null or valid_to > :day) order by valid_from desc limit 1""")
			.param("unit", violation.unitId()).param("day", violation.occurredOn()).query(Long.class).optional()
			.orElse(null);
		events.publishEvent(new ViolationConfirmed(id, violation.unitId(), violation.staffId(), head,
				violation.severity(), violation.occurredOn()));
	}

	public void dismiss(long id, String reason) {
		move(id, ViolationStatus.DISMISSED, null, Map.of(), reason);
	}

	public void handle(long id, ViolationHandling handling) {
		move(id, ViolationStatus.HANDLED, "handling = :handling", Map.of("handling", handling.name()), null);
	}

	/** Whether the current user handles violations (asks, confirms, dismisses, decides the handling). */
	public static boolean handledByCurrentUser() {
		return CurrentUser.get().role().oversees();
	}

	/**
	 * The latest violations the current user may see in {@code scopePath}: officers see those still open and those
	 * recorded in the last 30 days (the dashboard has the rest); a unit head sees those whose explanation was asked or
	 * that were confirmed; others only their own ({@code staffId}).
	 */
	@Transactional(readOnly = true)
	public java.util.List<ViolationView> visible(String scopePath, @Nullable Long staffId) {
		return visibleQuery(scopePath, staffId, null).query(ViolationView.class).list();
	}

	/** One violation if the current user may see it, else "not found". */
	@Transactional(readOnly = true)
	public ViolationView findVisible(long id, String scopePath, @Nullable Long staffId) {
		return visibleQuery(scopePath, staffId, id).query(ViolationView.class).optional()
			.orElseThrow(() -> new RecordNotFoundException("violation", id));
	}

	private JdbcClient.StatementSpec visibleQuery(String scopePath, @Nullable Long staffId, @Nullable Long id) {
		jdbc.sql("set local plan_cache_mode = force_custom_plan").update(); // see ViolationStatistics.bind
		return jdbc.sql(COLUMNS + """
				where u.path like :scope || '%' and (cast(:id as bigint) is null or v.id = :id)
				  and ((:officer and (cast(:id as bigint) is not null or v.status in ('RECORDED', 'AWAITING_EXPLANATION', 'CONFIRMED')
				                      or v.recorded_at > now() - interval '30 days'))
				       or (:head and v.status in ('AWAITING_EXPLANATION', 'CONFIRMED', 'HANDLED'))
				       or (v.staff_id = :staff and v.status <> 'RECORDED'))
				order by v.occurred_on desc, v.id desc limit 50""")
			.param("scope", scopePath).param("officer", handledByCurrentUser()).param("id", id)
			.param("head", CurrentUser.get().role() == vn.congvu.platform.Role.UNIT_HEAD)
			.param("staff", staffId == null ? -1L : staffId);
	}

	@Transactional(readOnly = true)
	public ViolationView find(long id) {
		return jdbc.sql(COLUMNS + " where v.id = :id")
			.param("id", id).query(ViolationView.class).optional()
			.orElseThrow(() -> new RecordNotFoundException("violation", id));
	}

	private ViolationView move(long id, ViolationStatus next, @Nullable String set, Map<String, Object> params,
			@Nullable String note) {
		ViolationView violation = find(id);
		if (!violation.status().canBecome(next)) {
			throw new InvalidInputException("violation.illegalStep", violation.status().name(), next.name());
		}
		StatusChange.apply(jdbc, "conduct.violation", "status", id, violation.status().name(), next.name(), set, params,
				"violation.changedMeanwhile");
		step(id, violation.status(), next, note);
		audit.record("violation." + next.name().toLowerCase(java.util.Locale.ROOT), "violation", id,
				Map.of("status", violation.status().name()), Map.of("status", next.name()));
		return violation;
	}

	private void step(long id, @Nullable ViolationStatus from, ViolationStatus to, @Nullable String note) {
		jdbc.sql("""
				insert into conduct.violation_step (violation_id, from_status, to_status, actor, note)
				values (:id, :from, :to, :actor, :note)""")
			.param("id", id).param("from", from == null ? null : from.name()).param("to", to.name())
			.param("actor", CurrentUser.actorName()).param("note", note).update();
	}
}
