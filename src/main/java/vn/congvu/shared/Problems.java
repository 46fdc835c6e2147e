package vn.congvu.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Gathers every problem of a form before refusing it, so the user mends them all at once instead of one per try.
 * A rule that already throws {@link InvalidInputException} is run through {@link #check(String, Supplier)}, which
 * keeps its problem at the named field and goes on. Nothing may be written before {@link #refuseIfAny()}.
 */
public final class Problems {

	private final List<InvalidInputException.Problem> found = new ArrayList<>();

	/** Records a problem at the field unless {@code fine}; returns {@code fine}. */
	public boolean require(boolean fine, String field, String key, Object... arguments) {
		if (!fine) {
			add(field, key, arguments);
		}
		return fine;
	}

	/** Records a problem; a field keeps its first problem only (the one to mend first). */
	public void add(@Nullable String field, String key, Object... arguments) {
		if (field == null || !has(field)) {
			found.add(new InvalidInputException.Problem(field, key, arguments));
		}
	}

	/** Records the problems of a refusal (a rule of another module), those without a field at none. */
	public void addAll(InvalidInputException refusal) {
		refusal.problems().forEach(p -> add(p.field(), p.key(), p.arguments()));
	}

	/** Runs a rule; its refusal is recorded at the field (unless it names its own) and null returned. */
	public <T> @Nullable T check(String field, Supplier<T> rule) {
		try {
			return rule.get();
		}
		catch (InvalidInputException ex) {
			addAll(ex.placedAt(field));
			return null;
		}
	}

	/** Runs a rule that returns nothing; its refusal is recorded at the field. Returns whether it passed. */
	public boolean check(String field, Runnable rule) {
		try {
			rule.run();
			return true;
		}
		catch (InvalidInputException ex) {
			addAll(ex.placedAt(field));
			return false;
		}
	}

	/** Whether this field has a problem already (later rules that build on it can be skipped). */
	public boolean has(String field) {
		return found.stream().anyMatch(p -> field.equals(p.field()));
	}

	public boolean isEmpty() {
		return found.isEmpty();
	}

	/** Refuses the form with every problem found, if any. */
	public void refuseIfAny() {
		if (!found.isEmpty()) {
			throw new InvalidInputException(found);
		}
	}
}
