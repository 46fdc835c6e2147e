package vn.congvu.evaluation;

/** Published when a unit's annual classification is approved: emulation and the PAR Index read it from here. */
public record AnnualClassificationApproved(long classificationId, long unitId, int year, int people) {
}
