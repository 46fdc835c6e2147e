/** Vi phạm: violations from visits, citizen reports or by hand, their workflow with the right to explain, and statistics. */
@org.springframework.modulith.NamedInterface("violations")
package vn.congvu.conduct.violations;
