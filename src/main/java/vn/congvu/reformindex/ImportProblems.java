package vn.congvu.reformindex;

import java.util.List;
import vn.congvu.shared.InvalidInputException;

/**
 * An import refused with every problem it found, each at its row and column; nothing was written. The page lists
 * them all (the methodology page's problems table), so one upload tells everything to mend.
 */
public class ImportProblems extends InvalidInputException {

	private final transient List<MethodologyTree.Problem> problems;

	public ImportProblems(List<MethodologyTree.Problem> problems) {
		super("reform.import.problems", problems.size());
		this.problems = List.copyOf(problems);
	}

	public List<MethodologyTree.Problem> rowProblems() {
		return problems;
	}
}
