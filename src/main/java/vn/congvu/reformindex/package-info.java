/**
 * Chỉ số cải cách hành chính (PAR Index): the yearly methodology per kind of unit, authored in Excel; each unit's
 * self-assessment with evidence; the appraisal council's adjustments, majority vote and the unit's one response; the
 * survey component from the system's own satisfaction data; rankings with ties and groups, rank uncertainty by Monte
 * Carlo; and frozen publications that anyone can recompute from their snapshot.
 */
@org.springframework.modulith.ApplicationModule(displayName = "PAR Index",
		allowedDependencies = { "shared", "platform", "orgunit", "staff", "feedback", "conduct :: inspections", "reporting" })
package vn.congvu.reformindex;
