package vn.congvu.reformindex.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.congvu.orgunit.OrgUnitType;

/**
 * The forms of {@link ReformIndexController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class ReformIndexForms {

	private ReformIndexForms() {
	}

	/** The form of {@code ReformIndexController.create}, as typed. */
	record Create(@Nullable Integer year, List<OrgUnitType> unitTypes, String name, String legalBasis,
			@Nullable BigDecimal surveyPoints, String groups, String caveat) {

		Create {
			unitTypes = unitTypes == null ? List.of() : unitTypes;
			name = name == null ? "" : name;
			legalBasis = legalBasis == null ? "" : legalBasis;
			groups = groups == null ? "" : groups;
			caveat = caveat == null ? "" : caveat;
		}
	}

	/** The form of {@code ReformIndexController.copy}, as typed. */
	record Copy(@Nullable String year, List<OrgUnitType> unitTypes) {

		Copy {
			year = year == null ? "" : year;
			unitTypes = unitTypes == null ? List.of() : unitTypes;
		}
	}

	/** The form of {@code ReformIndexController.council}, as typed. */
	record Council(@Nullable String staffCodes) {

		Council {
			staffCodes = staffCodes == null ? "" : staffCodes;
		}
	}

	/** The form of {@code ReformIndexController.open}, as typed. */
	record Open(@Nullable LocalDate deadline) {
	}

	/** The form of {@code ReformIndexController.uncertainty}, as typed (blank: none). */
	record Uncertainty(@Nullable BigDecimal acceptedLineSpread, @Nullable BigDecimal surveySpread) {
	}

	/** The form of {@code ReformIndexController.extend}, as typed. */
	record Extend(@Nullable LocalDate deadline) {
	}

	/** The form of {@code ReformIndexController.surveyImport}, as typed. */
	record SurveyImport(@Nullable String source) {

		SurveyImport {
			source = source == null ? "" : source;
		}
	}
}
