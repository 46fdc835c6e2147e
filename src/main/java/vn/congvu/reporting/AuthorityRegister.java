package vn.congvu.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.IssuingAuthorities;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitView;
import vn.congvu.platform.OfficialDocument;
import vn.congvu.platform.Rows;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.VietnameseText;
import vn.congvu.staff.Leadership;
import vn.congvu.staff.StaffQueries;

/**
 * The register of issuing authorities. A unit's authority comes from the unit tree (its People's Committee, or the
 * unit itself for a division or public service unit) as it stood on the issue day; a body (a council, an inspection
 * team) is registered under its authority from the record that set it up. Who signs comes from the staff assignments
 * on the day: the head signs "TM." the committee, a deputy "KT." the head. Nothing here takes a name typed on a form.
 */
@Service
@Transactional
public class AuthorityRegister {

	private static final Locale VI = Locale.forLanguageTag("vi");
	private static final String COLUMNS = AuthorityRows.COLUMNS;

	private final JdbcClient jdbc;
	private final AuthorityRows rows;
	private final IssuingAuthorities naming;
	private final OrgUnitQueries units;
	private final StaffQueries staff;

	AuthorityRegister(JdbcClient jdbc, AuthorityRows rows, IssuingAuthorities naming, OrgUnitQueries units,
			StaffQueries staff) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.naming = naming;
		this.units = units;
		this.staff = staff;
	}

	/**
	 * The authority that issues in a unit's name on {@code day}: the unit's own when it exists that day, otherwise that
	 * of the nearest unit above it that does (a 2018 result issued today by today's competent authority).
	 */
	public Authority competentFor(long unitId, LocalDate day) {
		OrgUnitView unit = units.find(unitId);
		while (!unit.validOn(day) && unit.parentId() != null) {
			unit = units.find(unit.parentId());
		}
		OfficialDocument.Authority letterhead = naming.of(unit.id());
		boolean committee = naming.hasCommittee(unit.id());
		return register(committee ? AuthorityKind.PEOPLES_COMMITTEE : AuthorityKind.UNIT, letterhead.name(),
				letterhead.superior(), naming.placeOf(unit.id()), committee ? "UBND" : initials(unit.name()), unit.id(),
				null, unit.validFrom(), unit.validTo(), unit.code());
	}

	/** An authority an officer may choose, by the unit it issues for; registered when a document is issued. */
	public record Choice(long unitId, String name) {
	}

	/**
	 * The authorities an officer may choose to issue in a unit's name on {@code day}: the competent one first, then
	 * each People's Committee above it. Read only: the one chosen is registered by {@link #competentFor} at issue.
	 */
	@Transactional(readOnly = true)
	public List<Choice> choicesFor(long unitId, LocalDate day) {
		List<Choice> choices = new ArrayList<>();
		OrgUnitView unit = units.find(unitId);
		while (!unit.validOn(day) && unit.parentId() != null) {
			unit = units.find(unit.parentId());
		}
		choices.add(new Choice(unit.id(), naming.of(unit.id()).name()));
		@Nullable Long above = unit.parentId();
		while (above != null) {
			OrgUnitView next = units.find(above);
			if (next.validOn(day) && naming.hasCommittee(next.id())) {
				choices.add(new Choice(next.id(), naming.of(next.id()).name()));
			}
			above = next.parentId();
		}
		return choices;
	}

	/** A body set up by {@code parent} (a council, an inspection team), named as the record that set it up names it. */
	public Authority body(Authority parent, AuthorityKind kind, String name) {
		if (!kind.body()) {
			throw new IllegalArgumentException(kind + " is not a body");
		}
		return register(kind, name, parent.name(), parent.place(), kind == AuthorityKind.COUNCIL ? "HĐTĐKT" : "ĐKT",
				parent.unitId(), parent.id(), parent.validFrom(), parent.validTo(), parent.code());
	}

	@Transactional(readOnly = true)
	public Authority find(long id) {
		return jdbc.sql("select " + COLUMNS + " from reporting.authority where id = :id").param("id", id)
			.query(Rows.as(Authority.class)).optional()
			.orElseThrow(() -> new RecordNotFoundException("authority", id));
	}

	/**
	 * Who signs for a committee or a unit on {@code day}: its head in the name of the committee ("TM. Ủy ban nhân
	 * dân", "Chủ tịch"), or, with no head on record, a deputy for the head ("KT. Chủ tịch", "Phó Chủ tịch"); with
	 * neither, the title with no name. A body's signer comes from the body's own record.
	 */
	@Transactional(readOnly = true)
	public OfficialDocument.Signer signerOf(Authority authority, LocalDate day) {
		boolean committee = authority.kind() == AuthorityKind.PEOPLES_COMMITTEE;
		var head = staff.leaderOf(authority.unitId(), Leadership.HEAD, day);
		if (head.isPresent()) {
			return committee ? new OfficialDocument.Signer("TM. Ủy ban nhân dân", "Chủ tịch", head.get().fullName())
					: new OfficialDocument.Signer("", head.get().position(), head.get().fullName());
		}
		var deputy = staff.leaderOf(authority.unitId(), Leadership.DEPUTY, day);
		if (deputy.isPresent()) {
			return new OfficialDocument.Signer(committee ? "KT. Chủ tịch" : "KT. Thủ trưởng",
					committee ? "Phó Chủ tịch" : deputy.get().position(), deputy.get().fullName());
		}
		return committee ? new OfficialDocument.Signer("TM. Ủy ban nhân dân", "Chủ tịch", "")
				: new OfficialDocument.Signer("", "Thủ trưởng đơn vị", "");
	}

	private Authority register(AuthorityKind kind, String name, @Nullable String superior, String place,
			String abbreviation, long unitId, @Nullable Long parentId, LocalDate from, @Nullable LocalDate to,
			String unitCode) {
		return rows.find(kind, unitId, parentId, name).orElseGet(() -> rows.register(new AuthorityRows.Entry(
				slug(name) + "-" + slug(unitCode) + (parentId == null ? "" : "-" + parentId), kind, name, superior, place,
				abbreviation, unitId, parentId, from, to)));
	}

	/** The initials of a unit's name for its symbol: "Phòng Văn hóa - Xã hội" → "PVHXH". */
	static String initials(String name) {
		StringBuilder out = new StringBuilder();
		for (String word : name.split("[\\s\\-–]+")) {
			if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
				out.append(word.substring(0, 1).toUpperCase(VI));
			}
		}
		return out.isEmpty() ? "DV" : out.toString();
	}

	static String slug(String text) {
		return VietnameseText.fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}
}
