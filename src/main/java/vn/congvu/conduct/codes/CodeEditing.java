package vn.congvu.conduct.codes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitView;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;

/**
 * Setting up codes of conduct in the app (administrators and Home Affairs): a new code or a new version of one (its
 * articles copied, the old version ending the day before), articles added until the code is given to a unit, which
 * articles inspections check, and the units it is given to.
 */
@Service
@Transactional
public class CodeEditing {

	/** The header of a code as typed. {@code copyFrom} names the code whose articles a new version starts with. */
	public record NewCode(String code, String title, String legalBasis, @Nullable LocalDate legalBasisDate,
			String audience, @Nullable LocalDate validFrom, @Nullable Long copyFrom) {
	}

	/** A unit a code was given to, and when. */
	public record Assignment(long unitId, String unitName, LocalDate assignedOn) {
	}

	private final JdbcClient jdbc;
	private final CodesOfConduct codes;
	private final OrgUnitQueries units;
	private final AuditLog audit;

	CodeEditing(JdbcClient jdbc, CodesOfConduct codes, OrgUnitQueries units, AuditLog audit) {
		this.jdbc = jdbc;
		this.codes = codes;
		this.units = units;
		this.audit = audit;
	}

	public long create(Viewer viewer, NewCode code) {
		NotPermittedException.unless(viewer.mayManageStaff());
		if (code.code().isBlank() || code.title().isBlank() || code.legalBasis().isBlank()) {
			throw new InvalidInputException("codes.required");
		}
		vn.congvu.shared.TextLimits.require(code.code(), 40);
		vn.congvu.shared.TextLimits.require(code.title(), 300);
		vn.congvu.shared.TextLimits.require(code.legalBasis(), 200);
		if (code.legalBasisDate() == null || code.validFrom() == null) {
			throw new InvalidInputException("codes.datesRequired");
		}
		if (code.legalBasisDate().isAfter(code.validFrom())) {
			throw new InvalidInputException("reorganisation.legalBasisAfterEffect");
		}
		if (!List.of("STAFF", "PUBLIC").contains(code.audience())) {
			throw new InvalidInputException("codes.chooseAudience");
		}
		if (jdbc.sql("select exists (select 1 from conduct.code_of_conduct where code = :code)")
			.param("code", code.code().strip()).query(Boolean.class).single()) {
			throw new InvalidInputException("codes.codeTaken", code.code().strip());
		}
		List<CodeOfConductView.Article> articles = List.of();
		if (code.copyFrom() != null) {
			CodeOfConductView previous = codes.find(code.copyFrom());
			if (!code.validFrom().isAfter(previous.validFrom())) {
				throw new InvalidInputException("codes.versionBeforePrevious", previous.title());
			}
			articles = previous.articles();
			jdbc.sql("""
					update conduct.code_of_conduct set valid_to = :from
					where id = :id and (valid_to is null or valid_to > :from)""")
				.param("from", code.validFrom()).param("id", previous.id()).update();
		}
		long id = codes.create(viewer, new CodeOfConductView(0, code.code().strip(), code.title().strip(),
				code.legalBasis().strip(), code.legalBasisDate(), code.audience(), code.validFrom(), null, articles));
		if (code.copyFrom() != null) {
			audit.record("code.newVersion", "codeOfConduct", id, null, Map.of("previous", code.copyFrom()));
		}
		return id;
	}

	/** Adds an article; refused once the code has been given to a unit (a change then needs a new version). */
	public void addArticle(Viewer viewer, long codeId, CodeOfConductView.Article article) {
		NotPermittedException.unless(viewer.mayManageStaff());
		CodeOfConductView code = codes.find(codeId);
		if (!assignments(codeId).isEmpty()) {
			throw new InvalidInputException("codes.alreadyGiven", code.title());
		}
		if (article.number() < 1 || article.title().isBlank() || article.summary().isBlank()) {
			throw new InvalidInputException("codes.articleRequired");
		}
		vn.congvu.shared.TextLimits.require(article.chapter(), 100);
		vn.congvu.shared.TextLimits.require(article.title(), 300);
		vn.congvu.shared.TextLimits.require(article.summary(), 4000);
		if (code.articles().stream().anyMatch(a -> a.number() == article.number())) {
			throw new InvalidInputException("codes.articleNumberTaken", article.number());
		}
		jdbc.sql("""
				insert into conduct.code_article (code_id, chapter, number, title, summary, checked_at_inspections)
				values (:code, :chapter, :number, :title, :summary, :checked)""")
			.param("code", codeId).param("chapter", article.chapter().strip()).param("number", article.number())
			.param("title", article.title().strip()).param("summary", article.summary().strip())
			.param("checked", article.checkedAtInspections()).update();
		audit.record("code.addArticle", "codeOfConduct", codeId, null, article);
	}

	/** Whether inspections check an article from now on; past visits keep what they checked. */
	public void setChecked(Viewer viewer, long codeId, int number, boolean checked) {
		NotPermittedException.unless(viewer.mayManageStaff());
		int changed = jdbc.sql("""
				update conduct.code_article set checked_at_inspections = :checked where code_id = :code and number = :n""")
			.param("checked", checked).param("code", codeId).param("n", number).update();
		if (changed == 0) {
			throw new InvalidInputException("codes.noSuchArticle", number);
		}
		audit.record("code.checkedAtInspections", "codeOfConduct", codeId, null,
				Map.of("article", number, "checked", checked));
	}

	/** Gives the code to a unit of the viewer's scope that exists on {@code on}. */
	public void give(Viewer viewer, long codeId, long unitId, LocalDate on) {
		CodeOfConductView code = codes.find(codeId);
		OrgUnitView unit = units.find(viewer, unitId);
		if (!unit.validOn(on)) {
			throw new InvalidInputException("staff.unitNotValid", unit.name());
		}
		if (code.articles().isEmpty()) {
			throw new InvalidInputException("codes.noArticles", code.title());
		}
		codes.assign(viewer, codeId, unitId, on);
	}

	@Transactional(readOnly = true)
	public List<Assignment> assignments(long codeId) {
		return jdbc.sql("""
				select a.unit_id, u.name as unit_name, a.assigned_on
				from conduct.code_assignment a join orgunit.published_unit u on u.id = a.unit_id
				where a.code_id = :code order by u.name""")
			.param("code", codeId).query(Rows.as(Assignment.class)).list();
	}
}
