package vn.congvu.platform;

import java.util.List;
import java.util.Optional;

/**
 * Names of units for the platform's own pages (an account's scope is shown and chosen by name, never by number). The
 * organisation module provides it; the platform knows no unit table.
 */
public interface UnitNames {

	/** A unit to choose from, in tree order. */
	record Choice(long id, String name, int level) {
	}

	Optional<String> nameOf(long unitId);

	/** Names of several units in one look-up, by id (unknown ids are left out). */
	java.util.Map<Long, String> namesOf(java.util.Collection<Long> unitIds);

	/** The units in operation today, in tree order. */
	List<Choice> choices();
}
