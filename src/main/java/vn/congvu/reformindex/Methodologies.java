package vn.congvu.reformindex;

import java.io.InputStream;
import java.math.BigDecimal;
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
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.Problems;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.TextLimits;
import vn.congvu.staff.StaffQueries;

/**
 * Bộ chỉ số: creating a year's methodology for a kind of unit, copying last year's as a draft, importing and exporting
 * its workbook (checked as a whole, nothing imported while a problem remains), its groups and appraisal council
 * ({@link AssessmentCycles} opens it for the units it ranks). The
 * methodologies themselves are rules: anyone signed in may read them.
 */
@Service
@Transactional
public class Methodologies {

	private final JdbcClient jdbc;
	private final StaffQueries staff;
	private final AuditLog audit;
	private final Clock clock;

	Methodologies(JdbcClient jdbc, StaffQueries staff, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A new methodology: its year, the kinds of unit it ranks together in one table (wards alone; communes and
	 * special zones together), and its rules.
	 */
	public record NewMethodology(int year, List<OrgUnitType> unitTypes, String name, String legalBasis,
			@Nullable BigDecimal surveyPoints, String groups, @Nullable String caveat) {

		public NewMethodology {
			unitTypes = unitTypes.stream().distinct().sorted().toList();
		}
	}

	public record CouncilMember(long staffId, String fullName, String role) {
	}

	@Transactional(readOnly = true)
	public List<Methodology> all() {
		return jdbc.sql("select * from reformindex.methodology order by year desc, unit_types, id desc")
			.query(Rows.as(Methodology.class)).list();
	}

	@Transactional(readOnly = true)
	public Methodology find(long id) {
		return jdbc.sql("select * from reformindex.methodology where id = :id").param("id", id)
			.query(Rows.as(Methodology.class)).optional()
			.orElseThrow(() -> new RecordNotFoundException("reformMethodology", id));
	}

	@Transactional(readOnly = true)
	public List<Item> items(long id) {
		return jdbc.sql("""
				select id, code, parent_code, level, position, name, max_points, scoring, source, evidence_required,
				       guidance, weight_low, weight_high
				from reformindex.item where methodology_id = :m order by position""").param("m", id)
			.query(Rows.as(Item.class)).list();
	}

	@Transactional(readOnly = true)
	public List<IndexInputs.Group> groups(long id) {
		return jdbc.sql("""
				select label, min_percent from reformindex.group_threshold where methodology_id = :m
				order by min_percent desc""").param("m", id).query(Rows.as(IndexInputs.Group.class)).list();
	}

	@Transactional(readOnly = true)
	public List<CouncilMember> council(long id) {
		return jdbc.sql("""
				select c.staff_id, m.full_name, c.role from reformindex.council_member c
				join staff.published_member m on m.id = c.staff_id where c.methodology_id = :m
				order by case c.role when 'CHAIR' then 0 when 'DEPUTY' then 1 else 2 end, m.sort_key""")
			.param("m", id).query(Rows.as(CouncilMember.class)).list();
	}

	public long create(Viewer viewer, NewMethodology methodology) {
		return create(viewer, methodology, new Problems());
	}

	/**
	 * Creates a draft methodology unless it or its form has problems ({@code problems}: those found before, such as a
	 * number the form could not read); every problem is refused at once, at its field.
	 */
	public long create(Viewer viewer, NewMethodology methodology, Problems problems) {
		NotPermittedException.unless(viewer.mayManageReformIndex());
		problems.require(!methodology.unitTypes().isEmpty(), "unitTypes", "reform.methodology.unitType");
		int lastYear = LocalDate.now(clock).getYear() + 1;
		problems.require(methodology.year() >= 2012 && methodology.year() <= lastYear, "year",
				"reform.methodology.year", "2012", "" + lastYear);
		problems.check("name", () -> TextLimits.requireFilled(methodology.name(), 300, "reform.methodology.required"));
		problems.check("legalBasis", 
				() -> TextLimits.requireFilled(methodology.legalBasis(), 300, "reform.methodology.required"));
		BigDecimal survey = methodology.surveyPoints();
		problems.require(survey != null && survey.signum() >= 0 && survey.compareTo(BigDecimal.valueOf(100)) < 0,
				"surveyPoints", "reform.methodology.survey");
		List<IndexInputs.Group> groups = problems.check("groups", () -> GroupThresholds.parse(methodology.groups()));
		problems.check("caveat", () -> TextLimits.require(methodology.caveat(), 2_000));
		problems.refuseIfAny();
		String caveat = methodology.caveat() == null || methodology.caveat().isBlank() ? null
				: methodology.caveat().strip();
		long id = jdbc.sql("""
				insert into reformindex.methodology (year, unit_types, scope_unit_id, name, legal_basis, survey_points,
				    caveat, created_by, created_at)
				values (:y, :t::varchar[], :scope, :n, :b, :s, :c, :by, :at) returning id""").param("y", methodology.year())
			.param("c", caveat).param("scope", viewer.scopeUnitId())
			.param("t", methodology.unitTypes().stream().map(OrgUnitType::name).toArray(String[]::new)).param("n", methodology.name().strip())
			.param("b", methodology.legalBasis().strip()).param("s", survey).param("by", viewer.displayName())
			.param("at", OffsetDateTime.now(clock)).query(Long.class).single();
		saveGroups(id, groups);
		audit.record("reform.methodology.create", "reform_methodology", id, null, Map.of("year", methodology.year(),
				"unitTypes", Methodology.tableKey(methodology.unitTypes()), "name", methodology.name().strip()));
		return id;
	}

	/**
	 * Sets the parameters of the uncertainty analysis ({@link IndexInputs.Uncertainty}) until the methodology is
	 * published: how far a self-assessed line accepted as it was may move (percent of its maximum, at most 50), and how
	 * far survey points without a number of answers may move (points, at most the survey's share). Blank is none.
	 */
	public void setUncertainty(Viewer viewer, long id, @Nullable BigDecimal acceptedLineSpread,
			@Nullable BigDecimal surveySpread, Problems problems) {
		NotPermittedException.unless(viewer.mayManageReformIndex());
		Methodology methodology = find(id);
		if (methodology.published()) {
			throw new InvalidInputException("reform.publication.already");
		}
		problems.require(acceptedLineSpread == null || (acceptedLineSpread.signum() >= 0
				&& acceptedLineSpread.compareTo(BigDecimal.valueOf(50)) <= 0 && acceptedLineSpread.scale() <= 2),
				"acceptedLineSpread", "reform.uncertainty.acceptedRange");
		problems.require(surveySpread == null || (surveySpread.signum() >= 0
				&& surveySpread.compareTo(methodology.surveyPoints()) <= 0 && surveySpread.scale() <= 2),
				"surveySpread", "reform.uncertainty.surveyRange", MethodologyTree.plain(methodology.surveyPoints()));
		problems.refuseIfAny();
		jdbc.sql("update reformindex.methodology set accepted_line_spread = :a, survey_spread = :s where id = :id")
			.param("a", acceptedLineSpread).param("s", surveySpread).param("id", id).update();
		Map<String, Object> changes = new java.util.LinkedHashMap<>();
		changes.put("acceptedLineSpread", acceptedLineSpread == null ? "" : acceptedLineSpread.toPlainString());
		changes.put("surveySpread", surveySpread == null ? "" : surveySpread.toPlainString());
		audit.record("reform.methodology.uncertainty", "reform_methodology", id, null, changes);
	}

	private void saveGroups(long id, List<IndexInputs.Group> groups) {
		for (IndexInputs.Group group : groups) {
			jdbc.sql("insert into reformindex.group_threshold (methodology_id, label, min_percent) values (:m, :l, :p)")
				.param("m", id).param("l", group.label()).param("p", group.minPercent()).update();
		}
	}

	/** A draft for {@code year} with the lines, groups and survey share of an earlier methodology. */
	public long copy(Viewer viewer, long fromId, int year) {
		return copy(viewer, fromId, year, find(fromId).unitTypes());
	}

	/**
	 * The same for other kinds of unit: a province that ranks its wards, its communes and its departments in three
	 * tables copies one methodology into the next.
	 */
	public long copy(Viewer viewer, long fromId, int year, List<OrgUnitType> unitTypes) {
		Methodology from = find(fromId);
		String name = from.name().replace(String.valueOf(from.year()), String.valueOf(year));
		String groups = String.join("; ", groups(fromId).stream()
			.map(g -> g.label() + ":" + MethodologyTree.plain(g.minPercent())).toList());
		long id = create(viewer, new NewMethodology(year, unitTypes, name,
				from.legalBasis(), from.surveyPoints(), groups, from.caveat()));
		jdbc.sql("""
				update reformindex.methodology set copied_from = :f, accepted_line_spread = :a, survey_spread = :s
				where id = :id""").param("f", fromId).param("a", from.acceptedLineSpread())
			.param("s", from.surveySpread()).param("id", id).update();
		insertItems(id, items(fromId));
		audit.record("reform.methodology.copy", "reform_methodology", id, null, Map.of("from", fromId));
		return id;
	}

	/**
	 * Replaces a draft's lines with those of a workbook, if every line is right; otherwise changes nothing and returns
	 * the problems, each with its row and column.
	 */
	public List<MethodologyTree.Problem> importWorkbook(Viewer viewer, long id, InputStream workbook) {
		NotPermittedException.unless(viewer.mayManageReformIndex());
		return setLines(viewer, id, MethodologyWorkbook.read(workbook));
	}

	/** The same for lines given directly (as the workbook's rows would be). */
	public List<MethodologyTree.Problem> setLines(Viewer viewer, long id, List<MethodologyTree.Line> lines) {
		NotPermittedException.unless(viewer.mayManageReformIndex());
		Methodology methodology = find(id);
		if (!methodology.draft()) {
			throw new InvalidInputException("reform.methodology.notDraft");
		}
		MethodologyTree.Checked checked = MethodologyTree.check(lines, methodology.surveyPoints());
		if (!checked.ok()) {
			return checked.problems();
		}
		jdbc.sql("delete from reformindex.item where methodology_id = :m").param("m", id).update();
		insertItems(id, checked.items());
		audit.record("reform.methodology.import", "reform_methodology", id, null, Map.of("lines", checked.items().size()));
		return List.of();
	}

	void insertItems(long id, List<Item> items) {
		int position = 0;
		for (Item item : items) {
			jdbc.sql("""
					insert into reformindex.item (methodology_id, code, parent_code, level, position, name, max_points,
					    scoring, source, evidence_required, guidance, weight_low, weight_high)
					values (:m, :c, :p, :l, :pos, :n, :max, :sc, :src, :ev, :g, :wl, :wh)""").param("m", id)
				.param("c", item.code()).param("p", item.parentCode()).param("l", item.level()).param("pos", ++position)
				.param("n", item.name()).param("max", item.maxPoints()).param("sc", item.scoring().name())
				.param("src", item.source() == null ? null : item.source().name()).param("ev", item.evidenceRequired())
				.param("g", item.guidance()).param("wl", item.weightLow()).param("wh", item.weightHigh()).update();
		}
	}

	@Transactional(readOnly = true)
	public byte[] exportWorkbook(long id) {
		find(id);
		return MethodologyWorkbook.write(items(id));
	}

	/** Sets the appraisal council from staff codes (the first is the chair); at least three members. */
	public void setCouncil(Viewer viewer, long id, List<String> staffCodes) {
		NotPermittedException.unless(viewer.mayManageReformIndex());
		Methodology methodology = find(id);
		if (methodology.published()) {
			throw new InvalidInputException("reform.methodology.published");
		}
		LocalDate today = LocalDate.now(clock);
		List<Long> members = new ArrayList<>();
		for (String code : staffCodes.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList()) {
			members.add(staff.idOfCode(viewer, code, today)
				.orElseThrow(() -> new InvalidInputException("reform.council.unknownStaff", code)));
		}
		if (members.size() < 3) {
			throw new InvalidInputException("reform.council.tooFew", 3);
		}
		jdbc.sql("delete from reformindex.council_member where methodology_id = :m").param("m", id).update();
		for (int i = 0; i < members.size(); i++) {
			jdbc.sql("insert into reformindex.council_member (methodology_id, staff_id, role) values (:m, :s, :r)")
				.param("m", id).param("s", members.get(i)).param("r", i == 0 ? "CHAIR" : "MEMBER").update();
		}
		audit.record("reform.council.set", "reform_methodology", id, null, Map.of("members", members));
	}
}
