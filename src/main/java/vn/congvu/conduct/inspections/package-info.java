/** Kiểm tra công vụ: inspection teams, plans, visits with checklists, findings, corrective actions and conclusions. */
@org.springframework.modulith.NamedInterface("inspections")
package vn.congvu.conduct.inspections;
