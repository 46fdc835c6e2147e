package vn.congvu.feedback;

import java.time.LocalDate;

/** Published when a harassment report is found substantiated; the conduct module can record a violation from it. */
public record HarassmentReportSubstantiated(long reportId, String trackingCode, long unitId, ReportKind kind,
		LocalDate occurredOn) {
}
