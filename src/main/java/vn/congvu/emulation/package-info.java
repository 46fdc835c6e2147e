/**
 * Thi đua, khen thưởng: titles and their conditions as dated rule data (Law 06/2022, Decree 98/2023), the annual
 * round that checks every person and unit from the system's own data (the approved annual classification, discipline
 * in the year, pending disciplinary cases, recognised initiatives), proposals, the emulation council's secret ballot,
 * and decisions with their cash amounts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Emulation",
		allowedDependencies = { "shared", "platform", "orgunit", "staff", "evaluation", "conduct",
			"conduct :: discipline", "reporting" })
package vn.congvu.emulation;
