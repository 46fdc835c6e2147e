package vn.congvu.evaluation.web;

import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link RuleSetController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class RuleSetForms {

	private RuleSetForms() {
	}

	/** The form of {@code RuleSetController.add}, as typed. */
	record Add(@Nullable String code, @Nullable String name, @Nullable String legalBasis,
			@Nullable String legalBasisDate, @Nullable String validFrom, @Nullable String validTo,
			@Nullable String generalPoints, @Nullable String resultsPoints, @Nullable String bonusPoints,
			@Nullable String excellentFrom, @Nullable String goodFrom, @Nullable String completedFrom,
			@Nullable String quotaBasis, @Nullable String quotaPercent, @Nullable String quotaPercentExceptional,
			@Nullable Integer periodMonths, @Nullable String unconfirmed) {

		Add {
			code = code == null ? "" : code;
			name = name == null ? "" : name;
			legalBasis = legalBasis == null ? "" : legalBasis;
			legalBasisDate = legalBasisDate == null ? "" : legalBasisDate;
			validFrom = validFrom == null ? "" : validFrom;
			validTo = validTo == null ? "" : validTo;
			generalPoints = generalPoints == null ? "" : generalPoints;
			resultsPoints = resultsPoints == null ? "" : resultsPoints;
			bonusPoints = bonusPoints == null ? "0" : bonusPoints;
			excellentFrom = excellentFrom == null ? "" : excellentFrom;
			goodFrom = goodFrom == null ? "" : goodFrom;
			completedFrom = completedFrom == null ? "" : completedFrom;
			quotaBasis = quotaBasis == null ? "GOOD" : quotaBasis;
			quotaPercent = quotaPercent == null ? "" : quotaPercent;
			quotaPercentExceptional = quotaPercentExceptional == null ? "" : quotaPercentExceptional;
			periodMonths = periodMonths == null ? 1 : periodMonths;
			unconfirmed = unconfirmed == null ? "" : unconfirmed;
		}
	}
}
