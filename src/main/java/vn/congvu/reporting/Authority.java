package vn.congvu.reporting;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.congvu.platform.OfficialDocument;

/**
 * A registered issuing authority: its name as the law writes it, the authority above it for the letterhead, the place
 * written before the date, the abbreviation in its documents' symbols, the unit it belongs to, and the days it exists
 * ({@code validTo} exclusive). Only {@link AuthorityRegister} makes them, from the unit tree and from the records that
 * set up a body; a signing key exists only for an authority registered.
 */
public record Authority(long id, String code, AuthorityKind kind, String name, @Nullable String superior, String place,
		String abbreviation, long unitId, @Nullable Long parentId, LocalDate validFrom, @Nullable LocalDate validTo) {

	/** Whether the authority exists on {@code day}. */
	public boolean existsOn(LocalDate day) {
		return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
	}

	/** The letterhead's left column: the superior above, the authority's name. */
	public OfficialDocument.Authority letterhead() {
		return new OfficialDocument.Authority(superior, name);
	}
}
