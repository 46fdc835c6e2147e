package vn.congvu.evaluation.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import vn.congvu.evaluation.Scorecards;
import vn.congvu.shared.InvalidInputException;

/** Reads what evaluation forms send: points with a comma or a dot, months as yyyy-MM or MM/yyyy. */
final class FormValues {

	private FormValues() {
	}

	static BigDecimal points(String text) {
		String typed = text == null ? "" : text.strip();
		try {
			BigDecimal value = typed.length() > 8 ? null : vn.congvu.shared.VietnameseNumbers.decimal(typed);
			if (value == null) {
				throw new InvalidInputException("scorecard.badNumber", typed);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("scorecard.badNumber", typed);
		}
	}

	static Scorecards.Points points(String general, String results, String bonus) {
		return new Scorecards.Points(points(general), points(results), points(bonus.isBlank() ? "0" : bonus));
	}

	static YearMonth month(String text) {
		String value = text == null ? "" : text.strip();
		try {
			if (value.matches("\\d{1,2}/\\d{4}")) {
				String[] parts = value.split("/");
				return YearMonth.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
			}
			return YearMonth.parse(value);
		}
		catch (java.time.DateTimeException | NumberFormatException ex) {
			throw new InvalidInputException("evaluation.badMonth", value.length() > 20 ? value.substring(0, 20) : value);
		}
	}

	/** A level chosen in a filter; blank or unknown: every level. */
	static vn.congvu.evaluation.@org.jspecify.annotations.Nullable ClassificationGrade grade(String text) {
		for (vn.congvu.evaluation.ClassificationGrade grade : vn.congvu.evaluation.ClassificationGrade.values()) {
			if (grade.name().equals(text)) {
				return grade;
			}
		}
		return null;
	}
}
