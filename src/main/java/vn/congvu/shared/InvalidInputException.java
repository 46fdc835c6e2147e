package vn.congvu.shared;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Input that breaks a rule. It carries one or more problems, each a message key with its arguments (so the answer is
 * in the user's language) and, when the problem belongs to one field of a form, that field's name: the page shows the
 * message beside the field. {@link Problems} gathers every problem of a form before refusing it.
 */
public class InvalidInputException extends RuntimeException {

	private final List<Problem> problems;

	/** A problem of the whole form (no field of its own). */
	public InvalidInputException(String messageKey, Object... arguments) {
		this(List.of(new Problem(null, messageKey, arguments)));
	}

	/** Every problem found; at least one. */
	public InvalidInputException(List<Problem> problems) {
		super(problems.isEmpty() ? "no problem" : problems.getFirst().key());
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("A refusal names at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	/** A problem of one field. */
	public static InvalidInputException at(String field, String messageKey, Object... arguments) {
		return new InvalidInputException(List.of(new Problem(field, messageKey, arguments)));
	}

	/** The same problems, those without a field placed at {@code field}. */
	public InvalidInputException placedAt(String field) {
		return new InvalidInputException(problems.stream()
			.map(p -> p.field() == null ? new Problem(field, p.key(), p.arguments()) : p)
			.toList());
	}

	/** The first problem's key: what a page with a single message shows. */
	public String messageKey() {
		return problems.getFirst().key();
	}

	public Object[] arguments() {
		return problems.getFirst().arguments();
	}

	public List<Problem> problems() {
		return problems;
	}

	/**
	 * One problem: the field it belongs to (null for the whole form), the message key and its arguments. Arguments are
	 * kept as they are when they can travel in a session (numbers, dates, text), otherwise as their text.
	 */
	public record Problem(@Nullable String field, String key, Object[] arguments) implements Serializable {

		public Problem {
			arguments = Arrays.stream(arguments)
				.map(a -> a == null || a instanceof Serializable ? a : a.toString())
				.toArray();
		}

		@Override
		public Object[] arguments() {
			return arguments.clone();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Problem p && java.util.Objects.equals(field, p.field) && key.equals(p.key)
					&& Arrays.equals(arguments, p.arguments);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(field, key, Arrays.hashCode(arguments));
		}

		@Override
		public String toString() {
			return (field == null ? "" : field + ": ") + key + Arrays.toString(arguments);
		}
	}
}
