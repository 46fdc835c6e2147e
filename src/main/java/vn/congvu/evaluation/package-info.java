/**
 * Đánh giá, xếp loại: tasks with one accountable owner ("5 rõ"), monthly scorecards fed by the other modules' events,
 * quota-checked approval, and the annual quality classification under the rule set in force (Hà Nội 3814-QĐ/TU up to
 * 2025, Decree 335/2025/NĐ-CP from 2026), all rule sets stored as dated data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation",
		allowedDependencies = { "shared", "platform", "orgunit", "staff", "feedback", "conduct",
			"conduct :: violations", "conduct :: discipline", "conduct :: inspections", "reporting" })
package vn.congvu.evaluation;
