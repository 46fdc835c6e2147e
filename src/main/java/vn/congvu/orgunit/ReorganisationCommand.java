package vn.congvu.orgunit;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reorganisation to record: on {@code effectiveDate} every predecessor named in {@code edges} ends, the
 * {@code newUnits} begin, and each edge says where a predecessor (whole or in part) went. The sub-units still active
 * under an ending unit move under the successor coded {@code subUnitsGoTo}; without it they must end in the same
 * reorganisation. With {@code carryPeople} the people working in an ending unit go on working in its heir (the
 * successor that took it whole, else the first that took a part) from the effective date, in the same posts; without
 * it their assignments end and each is transferred by hand.
 */
public record ReorganisationCommand(ReorganisationKind kind, LocalDate effectiveDate, String legalBasisNumber,
		LocalDate legalBasisDate, @Nullable String note, List<NewOrgUnit> newUnits, List<Edge> edges,
		@Nullable String subUnitsGoTo, boolean carryPeople) {

	/** A reorganisation that carries the people of the ending units to their heirs. */
	public ReorganisationCommand(ReorganisationKind kind, LocalDate effectiveDate, String legalBasisNumber,
			LocalDate legalBasisDate, @Nullable String note, List<NewOrgUnit> newUnits, List<Edge> edges,
			@Nullable String subUnitsGoTo) {
		this(kind, effectiveDate, legalBasisNumber, legalBasisDate, note, newUnits, edges, subUnitsGoTo, true);
	}

	/** The same reorganisation, leaving each person to be transferred by hand. */
	public ReorganisationCommand withoutCarryingPeople() {
		return new ReorganisationCommand(kind, effectiveDate, legalBasisNumber, legalBasisDate, note, newUnits, edges,
				subUnitsGoTo, false);
	}

	/** A reorganisation whose ending units have no active sub-units left. */
	public ReorganisationCommand(ReorganisationKind kind, LocalDate effectiveDate, String legalBasisNumber,
			LocalDate legalBasisDate, @Nullable String note, List<NewOrgUnit> newUnits, List<Edge> edges) {
		this(kind, effectiveDate, legalBasisNumber, legalBasisDate, note, newUnits, edges, null, true);
	}

	/**
	 * Predecessor → successor. The successor is named by its code on the effective date (a new unit or an existing
	 * one); {@code null} when the predecessor is dissolved.
	 */
	public record Edge(long predecessorId, @Nullable String successorCode, boolean whole) {

		public static Edge whole(long predecessorId, String successorCode) {
			return new Edge(predecessorId, successorCode, true);
		}

		public static Edge part(long predecessorId, String successorCode) {
			return new Edge(predecessorId, successorCode, false);
		}

		public static Edge dissolved(long predecessorId) {
			return new Edge(predecessorId, null, true);
		}
	}
}
