/** Kỷ luật: disciplinary rule sets as dated data, and disciplinary cases from opening to decision. */
@org.springframework.modulith.NamedInterface("discipline")
package vn.congvu.conduct.discipline;
