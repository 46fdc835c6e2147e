package vn.congvu.feedback.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.congvu.feedback.SatisfactionElement;
import vn.congvu.feedback.SatisfactionQueries;

/**
 * The rows of the satisfaction tables as the page prints them: each element's share satisfied written once here
 * ("90,5%", one decimal after a comma, "—" without answers), so the page does not format a few thousand cells one
 * expression at a time.
 */
record SatisfactionLines(String label, boolean shown, List<String> cells, String overall, long responses) {

	static List<SatisfactionLines> of(List<SatisfactionQueries.Row> rows, List<SatisfactionElement> columns) {
		DecimalFormat format = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.of("vi")));
		List<SatisfactionLines> lines = new ArrayList<>(rows.size());
		for (SatisfactionQueries.Row row : rows) {
			List<String> cells = new ArrayList<>(columns.size());
			for (SatisfactionElement column : columns) {
				cells.add(percent(format, row.index().percent(column)));
			}
			lines.add(new SatisfactionLines(row.label(), row.shown(), cells, percent(format, row.index().percent()),
					row.index().responses()));
		}
		return lines;
	}

	private static String percent(DecimalFormat format, @Nullable Double value) {
		return value == null ? "—" : format.format(value) + "%";
	}
}
