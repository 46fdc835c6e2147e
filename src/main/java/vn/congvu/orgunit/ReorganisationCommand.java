package vn.congvu.orgunit;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reorganisation to record: on {@code effectiveDate} every predecessor named in {@code edges} ends, the
 * {@code newUnits} begin, and each edge says where a predecessor (whole or in part) went.
 */
public record ReorganisationCommand(ReorganisationKind kind, LocalDate effectiveDate, String legalBasisNumber,
		LocalDate legalBasisDate, @Nullable String note, List<NewOrgUnit> newUnits, List<Edge> edges) {

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
