package vn.congvu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Gathering a form's problems: each at its field, the first per field kept, nothing refused when there is none. */
class ProblemsTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = {
			"no problem;                              '';                 ''",
			"one field;                               title;              title:form.required",
			"two fields;                              title,dueOn;        title:form.required|dueOn:form.required",
			"a field twice keeps its first;           title,title;        title:form.required",
			"the whole form and a field;              -,title;            form.required|title:form.required" })
	void problemsAreGatheredAtTheirFields(String name, String fields, String expected) {
		Problems problems = new Problems();
		for (String field : fields.isEmpty() ? new String[0] : fields.split(",")) {
			problems.add(field.equals("-") ? null : field, "form.required");
		}
		if (expected.isEmpty()) {
			problems.refuseIfAny();
			assertThat(problems.isEmpty()).isTrue();
			return;
		}
		assertThatThrownBy(problems::refuseIfAny).isInstanceOfSatisfying(InvalidInputException.class,
				refused -> assertThat(refused.problems()).map(InvalidInputException.Problem::toString)
					.containsExactly(java.util.Arrays.stream(expected.split("\\|")).map(p -> p.replace(":", ": ") + "[]").toArray(String[]::new)));
	}

	@Test
	void aRuleThatThrowsIsRecordedAtTheFieldAndTheFormGoesOn() {
		Problems problems = new Problems();
		String title = problems.check("title", () -> {
			TextLimits.require("x".repeat(301), 300);
			return "never";
		});
		boolean shortEnough = problems.check("summary", () -> TextLimits.require("ngắn", 300));
		Integer owner = problems.check("ownerCode", () -> {
			throw InvalidInputException.at("coworkerCodes", "task.ownerIsCoworker");
		});
		assertThat(title).isNull();
		assertThat(shortEnough).isTrue();
		assertThat(owner).isNull();
		assertThatThrownBy(problems::refuseIfAny).isInstanceOfSatisfying(InvalidInputException.class,
				refused -> assertThat(refused.problems()).extracting(InvalidInputException.Problem::field)
					.as("a rule that names its own field keeps it").containsExactly("title", "coworkerCodes"));
	}

	@Test
	void aRefusalNeedsAProblemAndArgumentsThatCannotTravelBecomeText() {
		assertThatThrownBy(() -> new InvalidInputException(List.of())).isInstanceOf(IllegalArgumentException.class);
		Object notSerializable = new Object() {
			@Override
			public String toString() {
				return "một giá trị";
			}
		};
		InvalidInputException.Problem problem = new InvalidInputException.Problem("x", "k",
				new Object[] { 3, notSerializable });
		assertThat(problem.arguments()).containsExactly(3, "một giá trị");
	}
}
