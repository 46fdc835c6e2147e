package vn.congvu.shared;

import java.util.List;

/**
 * One problem found in an imported spreadsheet: the sheet row (as Excel numbers it), the column and a message key.
 * Serializable, because a refused upload flashes its problems to the page it returns to.
 */
public record ImportProblem(int row, String column, String messageKey, List<String> arguments)
		implements java.io.Serializable {
}
