package vn.congvu.feedback;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Trạng thái xử lý phản ánh. received → assigned → verifying → substantiated or unsubstantiated; a report not in the
 * unit's competence is transferred. Ended states allow nothing further.
 */
public enum ReportStatus {
	RECEIVED, ASSIGNED, VERIFYING, SUBSTANTIATED, UNSUBSTANTIATED, TRANSFERRED;

	private static final Map<ReportStatus, Set<ReportStatus>> NEXT = Map.of(
			RECEIVED, EnumSet.of(ASSIGNED, TRANSFERRED),
			ASSIGNED, EnumSet.of(VERIFYING, ASSIGNED, TRANSFERRED),
			VERIFYING, EnumSet.of(SUBSTANTIATED, UNSUBSTANTIATED, TRANSFERRED),
			SUBSTANTIATED, EnumSet.noneOf(ReportStatus.class),
			UNSUBSTANTIATED, EnumSet.noneOf(ReportStatus.class),
			TRANSFERRED, EnumSet.noneOf(ReportStatus.class));

	public boolean canBecome(ReportStatus next) {
		return NEXT.get(this).contains(next);
	}

	public boolean ended() {
		return NEXT.get(this).isEmpty();
	}
}
