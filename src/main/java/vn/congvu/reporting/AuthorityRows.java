package vn.congvu.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Rows;

/**
 * The rows of the authority register. An authority is registered the first time a document is issued in its name,
 * in the issuing transaction, and the registration is audited; afterwards it is read.
 */
@Component
class AuthorityRows {

	static final String COLUMNS = "id, code, kind, name, superior, place, abbreviation, unit_id, parent_id, valid_from, valid_to";

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;

	AuthorityRows(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** What identifies an authority, and what it is registered with. */
	record Entry(String code, AuthorityKind kind, String name, @Nullable String superior, String place,
			String abbreviation, long unitId, @Nullable Long parentId, LocalDate validFrom, @Nullable LocalDate validTo) {
	}

	Optional<Authority> find(AuthorityKind kind, long unitId, @Nullable Long parentId, String name) {
		return jdbc.sql("select " + COLUMNS + """
				 from reporting.authority
				where kind = :kind and unit_id = :unit and parent_id is not distinct from :parent and name = :name""")
			.param("kind", kind.name()).param("unit", unitId).param("parent", parentId).param("name", name)
			.query(Rows.as(Authority.class)).optional();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Authority register(Entry entry) {
		Optional<Authority> existing = find(entry.kind(), entry.unitId(), entry.parentId(), entry.name());
		if (existing.isPresent()) {
			return existing.get();
		}
		Authority registered = jdbc.sql("""
				insert into reporting.authority (code, kind, name, superior, place, abbreviation, unit_id, parent_id,
				    valid_from, valid_to, registered_at)
				values (:code, :kind, :name, :superior, :place, :abbreviation, :unit, :parent, :from, :to, :at)
				on conflict (kind, unit_id, parent_id, name) do update set code = reporting.authority.code
				returning """ + " " + COLUMNS)
			.param("code", entry.code()).param("kind", entry.kind().name()).param("name", entry.name())
			.param("superior", entry.superior()).param("place", entry.place()).param("abbreviation", entry.abbreviation())
			.param("unit", entry.unitId()).param("parent", entry.parentId()).param("from", entry.validFrom())
			.param("to", entry.validTo()).param("at", OffsetDateTime.now(clock)).query(Rows.as(Authority.class)).single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("name", registered.name());
		after.put("kind", registered.kind().name());
		after.put("unit", registered.unitId());
		audit.record("authority.register", "authority", registered.id(), null, after);
		return registered;
	}
}
