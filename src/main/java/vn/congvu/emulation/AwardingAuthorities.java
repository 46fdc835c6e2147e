package vn.congvu.emulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import vn.congvu.shared.TextLimits;

/**
 * Thẩm quyền khen thưởng: who awards each title, by the kind of unit proposing, as dated data (Law 06/2022 Art. 80;
 * the district level's powers after 01/07/2025 are not settled in the texts found, so an officer can change them from
 * a day on, which closes the row in force and keeps the old one for earlier decisions).
 */
@Service
@Transactional
public class AwardingAuthorities {

	private final JdbcClient jdbc;
	private final Titles titles;
	private final AuditLog audit;

	AwardingAuthorities(JdbcClient jdbc, Titles titles, AuditLog audit) {
		this.jdbc = jdbc;
		this.titles = titles;
		this.audit = audit;
	}

	public record Authority(long id, String titleCode, String unitType, String authority, String legalBasis,
			LocalDate validFrom, @Nullable LocalDate validTo, @Nullable String unconfirmed) {

		public boolean inForceOn(LocalDate day) {
			return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
		}
	}

	/** The rows are the same for every unit: only an officer whose scope is a whole city (or everything) changes them. */
	public static boolean mayChange(Viewer viewer) {
		return viewer.mayRunEmulation() && viewer.scopePath().chars().filter(c -> c == '/').count() <= 2;
	}

	/** Every row, current and past, by title and kind of unit. */
	@Transactional(readOnly = true)
	public List<Authority> all() {
		return jdbc.sql("""
				select a.id, a.title_code, a.unit_type, a.authority, a.legal_basis, a.valid_from, a.valid_to, a.unconfirmed
				from emulation.awarding_authority a
				left join lateral (select min(sort_order) as sort_order from emulation.title t where t.code = a.title_code) t
				  on true
				order by t.sort_order, a.title_code, a.unit_type, a.valid_from desc""")
			.query(Rows.as(Authority.class)).list();
	}

	/** Who awards this title to a unit of this kind (or its people) on that day, if recorded. */
	@Transactional(readOnly = true)
	public Optional<Authority> forTitle(String titleCode, OrgUnitType unitType, LocalDate day) {
		return jdbc.sql("""
				select id, title_code, unit_type, authority, legal_basis, valid_from, valid_to, unconfirmed
				from emulation.awarding_authority where title_code = :t and unit_type = :u
				  and valid_from <= :d and (valid_to is null or valid_to > :d)""")
			.param("t", titleCode).param("u", unitType.name()).param("d", day).query(Rows.as(Authority.class))
			.optional();
	}

	/**
	 * Records who awards a title for a kind of unit from a day on: the row in force then ends that day. A later row
	 * already recorded is refused (change it from its own day instead).
	 */
	public long set(Viewer viewer, String titleCode, @Nullable OrgUnitType unitType, String authority,
			String legalBasis, @Nullable LocalDate validFrom) {
		NotPermittedException.unless(mayChange(viewer));
		if (validFrom == null) {
			throw new InvalidInputException("authority.validFromRequired");
		}
		titles.find(validFrom.getYear(), titleCode);
		if (unitType == null) {
			throw new InvalidInputException("authority.unitTypeRequired");
		}
		for (String text : new String[] { authority, legalBasis }) {
			if (text == null || text.isBlank()) {
				throw new InvalidInputException("authority.required");
			}
			TextLimits.require(text, 300);
		}
		boolean later = jdbc.sql("""
				select exists (select 1 from emulation.awarding_authority where title_code = :t and unit_type = :u
				               and valid_from >= :d)""").param("t", titleCode).param("u", unitType.name())
			.param("d", validFrom).query(Boolean.class).single();
		if (later) {
			throw new InvalidInputException("authority.laterExists");
		}
		jdbc.sql("""
				update emulation.awarding_authority set valid_to = :d
				where title_code = :t and unit_type = :u and valid_from < :d and (valid_to is null or valid_to > :d)""")
			.param("t", titleCode).param("u", unitType.name()).param("d", validFrom).update();
		long id = jdbc.sql("""
				insert into emulation.awarding_authority (title_code, unit_type, authority, legal_basis, valid_from,
				    created_by)
				values (:t, :u, :a, :b, :d, :by) returning id""").param("t", titleCode).param("u", unitType.name())
			.param("a", authority.strip()).param("b", legalBasis.strip()).param("d", validFrom)
			.param("by", viewer.displayName()).query(Long.class).single();
		audit.record("authority.set", "awarding_authority", id, null, Map.of("title", titleCode,
				"unitType", unitType.name(), "authority", authority.strip(), "from", validFrom.toString()));
		return id;
	}
}
