package vn.congvu.emulation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.Problems;
import vn.congvu.shared.TextLimits;
import vn.congvu.staff.StaffQueries;

/**
 * Sáng kiến được công nhận: the register of recognised initiatives, one of the conditions of the grassroots
 * emulation fighter. (Submission and review of initiatives are not built yet: an officer records the recognition.)
 */
@Service
@Transactional
public class Initiatives {

	private final JdbcClient jdbc;
	private final StaffQueries staff;
	private final AuditLog audit;
	private final Clock clock;

	Initiatives(JdbcClient jdbc, StaffQueries staff, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.audit = audit;
		this.clock = clock;
	}

	public record Initiative(long id, long staffId, String staffName, String title, String scope,
			LocalDate recognizedOn, String recognizedBy, String decisionRef) {
	}

	/** The same, for the person with this staff code (as an officer types it). */
	/** An initiative as its form sends it: the staff member by code; a day that could not be read is null. */
	public record NewInitiative(@Nullable String staffCode, @Nullable String title, @Nullable String scope,
			@Nullable LocalDate recognizedOn, @Nullable String recognizedBy, @Nullable String decisionRef) {
	}

	/**
	 * Records a recognised initiative of a staff member in scope, unless the form has problems ({@code problems}: those
	 * found before); every problem is refused at once.
	 */
	public long recognize(Viewer viewer, NewInitiative initiative, Problems problems) {
		NotPermittedException.unless(viewer.mayRunEmulation());
		String code = initiative.staffCode() == null ? "" : initiative.staffCode().strip();
		Long staffId = problems.check("staffCode", () -> staff.idOfCode(viewer, code, LocalDate.now(clock))
			.orElseThrow(() -> new InvalidInputException("emulation.initiative.unknownStaff", code)));
		problems.check("title", 
				() -> TextLimits.requireFilled(initiative.title(), 500, "emulation.initiative.required"));
		problems.check("recognizedBy", 
				() -> TextLimits.requireFilled(initiative.recognizedBy(), 500, "emulation.initiative.required"));
		problems.check("decisionRef", 
				() -> TextLimits.requireFilled(initiative.decisionRef(), 500, "emulation.initiative.required"));
		problems.require(List.of("GRASSROOTS", "PROVINCE", "NATIONAL").contains(initiative.scope()), "scope",
				"emulation.initiative.scope");
		if (initiative.recognizedOn() == null) {
			problems.add("recognizedOn", "emulation.dateRequired");
		}
		else {
			problems.require(!initiative.recognizedOn().isAfter(LocalDate.now(clock)), "recognizedOn",
					"emulation.decision.future");
		}
		problems.refuseIfAny();
		return recognize(viewer, staffId, initiative.title(), initiative.scope(), initiative.recognizedOn(),
				initiative.recognizedBy(), initiative.decisionRef());
	}

	public long recognize(Viewer viewer, long staffId, String title, String scope, LocalDate recognizedOn,
			String recognizedBy, String decisionRef) {
		NotPermittedException.unless(viewer.mayRunEmulation());
		staff.find(viewer, staffId, LocalDate.now(clock)); // 404 outside the scope
		for (String text : new String[] { title, recognizedBy, decisionRef }) {
			if (text == null || text.isBlank()) {
				throw new InvalidInputException("emulation.initiative.required");
			}
			TextLimits.require(text, 500);
		}
		if (!List.of("GRASSROOTS", "PROVINCE", "NATIONAL").contains(scope)) {
			throw new InvalidInputException("emulation.initiative.scope");
		}
		if (recognizedOn.isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException("emulation.decision.future");
		}
		long id = jdbc.sql("""
				insert into emulation.initiative (staff_id, title, scope, recognized_on, recognized_by, decision_ref)
				values (:s, :t, :sc, :d, :by, :ref) returning id""").param("s", staffId).param("t", title.strip())
			.param("sc", scope).param("d", recognizedOn).param("by", recognizedBy.strip())
			.param("ref", decisionRef.strip()).query(Long.class).single();
		audit.record("emulation.initiative", "initiative", id, null, Map.of("staff", staffId, "title", title.strip()));
		return id;
	}

	@Transactional(readOnly = true)
	public List<Initiative> inScope(Viewer viewer) {
		return jdbc.sql("""
				select i.id, i.staff_id, m.full_name as staff_name, i.title, i.scope, i.recognized_on, i.recognized_by,
				       i.decision_ref
				from emulation.initiative i join staff.published_member m on m.id = i.staff_id
				where exists (select 1 from staff.published_assignment a join orgunit.published_unit u on u.id = a.unit_id
				              where a.staff_id = i.staff_id and a.valid_to is null and u.path like :scope || '%')
				order by i.recognized_on desc limit 200""").param("scope", viewer.scopePath())
			.query(Rows.as(Initiative.class)).list();
	}
}
