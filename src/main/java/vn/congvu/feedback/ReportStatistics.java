package vn.congvu.feedback;

/** Published figures for a unit: reports received, resolved by their deadline, found substantiated. */
public record ReportStatistics(long unitId, String unitName, long received, long onTime, long substantiated) {
}
