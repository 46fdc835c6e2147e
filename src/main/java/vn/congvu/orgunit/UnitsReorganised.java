package vn.congvu.orgunit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Published when a reorganisation is recorded (or previewed), inside its transaction: the units that ended on
 * {@code effectiveDate} and, for each that did not simply dissolve, its heir: the successor that took it whole, else
 * the first that took a part. Modules holding records attached to an ended unit carry them to its heir (people,
 * accounts, desks, open tasks) or say what stays, each adding its lines to {@code consequences}.
 *
 * @param heirOf ended unit → heir, in the order the reorganisation names the ended units; absent when dissolved
 * @param carryPeople whether the people of the ended units go on working in their heirs
 */
public record UnitsReorganised(long reorganisationId, ReorganisationKind kind, LocalDate effectiveDate,
		List<Long> endedUnitIds, Map<Long, Long> heirOf, boolean carryPeople, Consequences consequences) {
}
