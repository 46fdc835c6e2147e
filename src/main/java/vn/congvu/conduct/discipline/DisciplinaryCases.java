package vn.congvu.conduct.discipline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.conduct.violations.ViolationHandling;
import vn.congvu.conduct.violations.ViolationSeverity;
import vn.congvu.conduct.violations.ViolationStatus;
import vn.congvu.conduct.violations.Violations;
import vn.congvu.platform.Accounts;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Permission;
import vn.congvu.platform.Rows;
import vn.congvu.platform.StatusChange;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.TextLimits;
import vn.congvu.shared.VietnameseDates;
import vn.congvu.staff.StaffCategory;
import vn.congvu.staff.StaffQueries;
import vn.congvu.staff.StaffRow;

/**
 * Xử lý kỷ luật: a case opened on a confirmed violation of a named person, under the rule set in force for their
 * category, with its deadline and statute of limitations; steps, postponements and the decision. Only the accounts
 * that handle a case see it.
 */
@Service
@Transactional
public class DisciplinaryCases {

	private final JdbcClient jdbc;
	private final Violations violations;
	private final DisciplineRules rules;
	private final StaffQueries staff;
	private final Accounts accounts;
	private final DisciplinaryCaseQueries queries;
	private final DecisionDocument documents;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	DisciplinaryCases(JdbcClient jdbc, Violations violations, DisciplineRules rules, StaffQueries staff,
			Accounts accounts, DisciplinaryCaseQueries queries, DecisionDocument documents, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.violations = violations;
		this.rules = rules;
		this.staff = staff;
		this.accounts = accounts;
		this.queries = queries;
		this.documents = documents;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The accounts the viewer may name as a case's co-handler: others who handle cases. */
	public List<Accounts.AccountRow> possibleCoHandlers(Viewer viewer) {
		if (!viewer.mayHandleCases()) {
			return List.of();
		}
		return accounts.list().stream().filter(a -> handlesCases(a) && !a.username().equals(viewer.username()))
			.toList();
	}

	private static boolean handlesCases(Accounts.AccountRow account) {
		return Permission.HANDLE_CASES.allows(account.role());
	}

	/**
	 * Opens a case on a confirmed violation of a named person; the violation is then handled by this case. The
	 * opener handles it, and {@code coHandler} too when given (an account that oversees).
	 */
	public long open(Viewer viewer, long violationId, boolean complex, @Nullable String coHandler) {
		if (!viewer.mayHandleCases()) {
			throw new RecordNotFoundException("violation", violationId);
		}
		Violations.ViolationView violation = violations.findVisible(viewer, violationId);
		if (violation.status() != ViolationStatus.CONFIRMED) {
			throw new InvalidInputException("case.violationNotConfirmed");
		}
		if (violation.staffId() == null) {
			throw new InvalidInputException("case.personRequired");
		}
		LocalDate today = LocalDate.now(clock);
		StaffRow person;
		try { // category and post on the day of the violation; today's when the records do not go back that far
			person = staff.find(Viewer.system(), violation.staffId(), violation.occurredOn());
		}
		catch (RecordNotFoundException ex) {
			person = staff.find(Viewer.system(), violation.staffId(), today);
		}
		LocalDate detectedOn = VietnameseDates.dayOf(jdbc.sql("select recorded_at from conduct.violation where id = :id")
			.param("id", violationId).query(java.time.OffsetDateTime.class).single());
		DisciplineRuleBook book = rules.book();
		StaffCategory category = person.category();
		DisciplineRuleSet ruleSet = book.inForce(category, detectedOn)
			.orElseThrow(() -> new InvalidInputException("case.noRuleSet"));
		LocalDate limitation = book.limitationEnds(category, violation.occurredOn(),
				violation.severity() == ViolationSeverity.MINOR).orElse(LocalDate.MAX);
		if (today.isAfter(limitation)) {
			throw new InvalidInputException("case.limitationExpired", VietnameseDates.format(limitation));
		}
		LocalDate due = book.decisionDeadline(category, detectedOn, complex).orElseThrow();
		if (coHandler != null && !coHandler.isBlank()
				&& accounts.find(coHandler).filter(DisciplinaryCases::handlesCases).isEmpty()) {
			throw new InvalidInputException("case.coHandlerUnknown", coHandler);
		}
		violations.handle(viewer, violationId, ViolationHandling.DISCIPLINARY_CASE);
		long id = jdbc.sql("""
				insert into conduct.disciplinary_case (violation_id, staff_id, unit_id, category, leader, rule_set,
				    committed_on, detected_on, complex, decision_due, limitation_ends, stage, opened_by, opened_at)
				values (:violation, :staff, :unit, :category, :leader, :ruleSet, :committed, :detected, :complex, :due,
				    :limitation, 'OPENED', :by, :now) returning id""").param("now", java.time.OffsetDateTime.now(clock))
			.param("violation", violationId).param("staff", person.id()).param("unit", violation.unitId())
			.param("category", category.name()).param("leader", person.leadership() != null)
			.param("ruleSet", ruleSet.code()).param("committed", violation.occurredOn()).param("detected", detectedOn)
			.param("complex", complex).param("due", due)
			.param("limitation", limitation.equals(LocalDate.MAX) ? LocalDate.of(9999, 12, 31) : limitation)
			.param("by", viewer.username()).query(Long.class).single();
		for (String handler : coHandler == null || coHandler.isBlank() ? List.of(viewer.username())
				: List.of(viewer.username(), coHandler.strip())) {
			jdbc.sql("insert into conduct.case_handler values (:case, :user) on conflict do nothing")
				.param("case", id).param("user", handler).update();
		}
		step(viewer, id, CaseStage.OPENED, today, null);
		audit.record("case.open", "disciplinaryCase", id, null, Map.of("violationId", violationId, "ruleSet",
				ruleSet.code(), "decisionDue", due.toString(), "limitationEnds", limitation.toString()));
		events.publishEvent(new DisciplinaryCaseOpened(id, violationId, person.id(), violation.unitId(), today, due));
		return id;
	}

	/** Records the review meeting, the council, or the end without discipline, held on {@code heldOn}. */
	public void advance(Viewer viewer, long caseId, CaseStage next, LocalDate heldOn, String note) {
		DisciplinaryCaseView current = queries.header(viewer, caseId);
		TextLimits.require(note, Violations.MAX_TEXT);
		if (next == CaseStage.DECIDED || !current.stage().canBecome(next)) {
			throw new InvalidInputException("case.illegalStep");
		}
		if (current.stage().skipsReviewMeeting(next) && (note == null || note.isBlank())) {
			throw new InvalidInputException("case.skipReasonRequired");
		}
		requirePastDay(heldOn, current);
		StatusChange.apply(jdbc, "conduct.disciplinary_case", "stage", caseId, current.stage().name(), next.name(), null,
				Map.of(), "case.changedMeanwhile");
		step(viewer, caseId, next, heldOn, note);
		audit.record("case." + next.name().toLowerCase(java.util.Locale.ROOT), "disciplinaryCase", caseId,
				Map.of("stage", current.stage().name()), Map.of("stage", next.name()));
		if (next == CaseStage.NO_DISCIPLINE) {
			events.publishEvent(new DisciplinaryCaseClosedWithoutDiscipline(caseId, current.staffId(), heldOn));
		}
	}

	/** Puts the case on hold for one of the decree's reasons; the days do not count towards the deadline. */
	public void postpone(Viewer viewer, long caseId, PostponementReason reason, LocalDate from, LocalDate until,
			String note) {
		DisciplinaryCaseView current = queries.header(viewer, caseId);
		TextLimits.require(note, Violations.MAX_TEXT);
		if (until.isAfter(LocalDate.now(clock).plusYears(1))) {
			throw new InvalidInputException("error.deadlineTooFar", 366);
		}
		if (current.stage().finished()) {
			throw new InvalidInputException("case.finished");
		}
		if (until.isBefore(from)) {
			throw new InvalidInputException("case.postponementDates");
		}
		jdbc.sql("""
				insert into conduct.case_postponement (case_id, reason, from_on, until_on, note, actor)
				values (:case, :reason, :from, :until, :note, :actor)""")
			.param("case", caseId).param("reason", reason.name()).param("from", from).param("until", until)
			.param("note", note == null || note.isBlank() ? null : note.strip()).param("actor", viewer.username())
			.update();
		List<DecisionDeadline.Period> periods = jdbc.sql("""
				select from_on as "from", until_on as until from conduct.case_postponement where case_id = :case""")
			.param("case", caseId).query(Rows.as(DecisionDeadline.Period.class)).list();
		DisciplineRuleBook book = rules.book();
		LocalDate base = book.decisionDeadline(current.category(), current.detectedOn(), current.complex()).orElseThrow();
		LocalDate due = DecisionDeadline.extend(base, periods);
		jdbc.sql("update conduct.disciplinary_case set decision_due = :due where id = :id").param("due", due)
			.param("id", caseId).update();
		audit.record("case.postpone", "disciplinaryCase", caseId, Map.of("decisionDue", current.decisionDue().toString()),
				Map.of("decisionDue", due.toString(), "reason", reason.name()));
	}

	/**
	 * Issues the decision after the council: the measure must be one the rules in force on the decision date allow for
	 * the person's category and post, and the statute of limitations must not have run out.
	 */
	public String decide(Viewer viewer, long caseId, DisciplinaryMeasure measure, LocalDate decisionDate,
			int effectMonths) {
		DisciplinaryCaseView current = queries.header(viewer, caseId);
		if (!current.stage().canBecome(CaseStage.DECIDED)) {
			throw new InvalidInputException("case.illegalStep");
		}
		requirePastDay(decisionDate, current);
		if (decisionDate.isAfter(current.limitationEnds())) {
			throw new InvalidInputException("case.limitationExpired",
					VietnameseDates.format(current.limitationEnds()));
		}
		DisciplineRuleBook book = rules.book();
		if (!book.measures(current.category(), current.leader(), decisionDate).stream()
			.map(DisciplineRuleSet.Form::measure).toList().contains(measure)) {
			throw new InvalidInputException("case.measureNotAllowed");
		}
		if (effectMonths < 0 || effectMonths > 60) {
			throw new InvalidInputException("case.effectMonths");
		}
		LocalDate effectUntil = effectMonths == 0 ? null : decisionDate.plusMonths(effectMonths).minusDays(1);
		String legalBasis = book.ruleSets().stream().filter(r -> r.code().equals(current.ruleSet()))
			.map(DisciplineRuleSet::legalBasis).findFirst().orElse(current.ruleSet());
		var issued = documents.decision(current, legalBasis, measure, decisionDate, effectUntil);
		String number = issued.document().reference();
		Map<String, Object> decision = new java.util.HashMap<>(Map.of("measure", measure.name(), "number",
				number, "date", decisionDate, "pdf", issued.pdf()));
		decision.put("until", effectUntil); // may be empty
		StatusChange.apply(jdbc, "conduct.disciplinary_case", "stage", caseId, current.stage().name(),
				CaseStage.DECIDED.name(), """
						measure = :measure, decision_number = :number, decision_date = :date, effect_from = :date,
						effect_until = :until, decision_pdf = :pdf""", decision, "case.changedMeanwhile");
		step(viewer, caseId, CaseStage.DECIDED, decisionDate, number);
		audit.record("case.decide", "disciplinaryCase", caseId, Map.of("stage", current.stage().name()),
				Map.of("measure", measure.name(), "number", number, "date", decisionDate.toString()));
		events.publishEvent(new DisciplineDecided(caseId, current.staffId(), measure, decisionDate, decisionDate,
				effectUntil));
		return number;
	}

	private void requirePastDay(LocalDate day, DisciplinaryCaseView current) {
		if (day.isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException("case.dayInFuture");
		}
		if (day.isBefore(current.openedAt().atZoneSameInstant(clock.getZone()).toLocalDate())) {
			throw new InvalidInputException("case.dayBeforeOpening");
		}
	}

	private void step(Viewer viewer, long caseId, CaseStage stage, LocalDate heldOn, @Nullable String note) {
		jdbc.sql("""
				insert into conduct.case_step (case_id, stage, held_on, note, actor, at)
				values (:case, :stage, :held, :note, :actor, :now)""").param("now", java.time.OffsetDateTime.now(clock))
			.param("case", caseId).param("stage", stage.name()).param("held", heldOn)
			.param("note", note == null || note.isBlank() ? null : note.strip()).param("actor", viewer.username())
			.update();
	}
}
