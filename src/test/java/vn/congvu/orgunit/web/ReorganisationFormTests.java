package vn.congvu.orgunit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congvu.orgunit.ReorganisationCommand;
import vn.congvu.orgunit.ReorganisationKind;

/** The reorganisation form's shapes: what each kind needs, and how the typed rows become lineage. */
class ReorganisationFormTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

	@ParameterizedTest(name = "{0} ending {1}, new codes [{2}], existing [{3}] → {4}")
	@CsvSource(delimiter = ';', nullValues = "-", value = {
			"MERGE;    1,2;   A;     -;  ok",
			"MERGE;    1,2;   -;     X;  ok",
			"MERGE;    1;     A;     -;  reorganisation.mergeShape",
			"MERGE;    1,2;   A,B;   -;  reorganisation.mergeShape",
			"MERGE;    1,2;   A;     X;  reorganisation.mergeShape",
			"SPLIT;    1;     A,B;   -;  ok",
			"SPLIT;    1;     A;     -;  reorganisation.splitShape",
			"SPLIT;    1,2;   A,B;   -;  reorganisation.splitShape",
			"DISSOLVE; 1,2;   -;     -;  ok",
			"DISSOLVE; 1;     A;     -;  reorganisation.dissolveHasNoSuccessor",
			"RENAME;   1;     A;     -;  reorganisation.chooseKind",
			"-;        1;     A;     -;  reorganisation.chooseKind",
			"MERGE;    -;     A;     -;  reorganisation.noUnits" })
	void eachKindHasItsShape(String kind, String ending, String newCodes, String existing, String outcome) {
		ReorganisationForm form = form(kind, ending, newCodes, existing);
		if (outcome.equals("ok")) {
			ReorganisationCommand command = form.toCommand(TODAY);
			assertThat(command.kind()).isEqualTo(ReorganisationKind.valueOf(kind));
			assertThat(command.edges()).hasSize(2);
		}
		else {
			assertThatThrownBy(() -> form.toCommand(TODAY)).hasMessage(outcome);
		}
	}

	@Test
	void aSplitGivesAPartOfTheOneUnitToEachNewUnitAndItsSubUnitsToTheFirst() {
		ReorganisationCommand command = form("SPLIT", "7", "A,B", null).toCommand(TODAY);
		assertThat(command.edges()).containsExactly(ReorganisationCommand.Edge.part(7, "A"),
				ReorganisationCommand.Edge.part(7, "B"));
		assertThat(command.newUnits()).extracting(u -> u.validFrom()).containsOnly(LocalDate.of(2026, 7, 1));
		assertThat(command.subUnitsGoTo()).isEqualTo("A");
		assertThat(command.legalBasisDate()).isEqualTo(LocalDate.of(2026, 6, 12));
	}

	@Test
	void aMergeIntoAnExistingUnitSendsEveryUnitWholeToIt() {
		ReorganisationCommand command = form("MERGE", "3,4", null, "00082").toCommand(TODAY);
		assertThat(command.edges()).containsExactly(ReorganisationCommand.Edge.whole(3, "00082"),
				ReorganisationCommand.Edge.whole(4, "00082"));
		assertThat(command.newUnits()).isEmpty();
	}

	@Test
	void aNewUnitWithoutAKindAndMissingDatesAreRefusedInWords() {
		ReorganisationForm noType = form("MERGE", "1,2", "A", null);
		noType.setNewType(List.of(""));
		assertThatThrownBy(() -> noType.toCommand(TODAY)).hasMessage("reorganisation.newUnitType");
		ReorganisationForm noDate = form("MERGE", "1,2", "A", null);
		noDate.setEffectiveDate(" ");
		assertThatThrownBy(() -> noDate.toCommand(TODAY)).hasMessage("orgUnit.datesRequired");
		ReorganisationForm badDate = form("MERGE", "1,2", "A", null);
		badDate.setBasisDate("31/02/2026");
		assertThatThrownBy(() -> badDate.toCommand(TODAY)).hasMessage("error.badDate");
	}

	private static ReorganisationForm form(String kind, String ending, String newCodes, String existing) {
		ReorganisationForm form = new ReorganisationForm();
		form.setKind(kind == null ? "" : kind);
		form.setEnding(ending == null ? List.of()
				: java.util.Arrays.stream(ending.split(",")).map(Long::valueOf).toList());
		List<String> codes = newCodes == null ? List.of() : List.of(newCodes.split(","));
		form.setNewCode(codes);
		form.setNewName(codes.stream().map(c -> "Phường " + c).toList());
		form.setNewType(codes.stream().map(c -> "WARD").toList());
		form.setExistingSuccessor(existing == null ? "" : existing);
		form.setEffectiveDate("01/07/2026");
		form.setBasisNumber("1656/NQ-UBTVQH15");
		form.setBasisDate("12/06/2026");
		return form;
	}
}
