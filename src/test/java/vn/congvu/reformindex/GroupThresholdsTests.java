package vn.congvu.reformindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congvu.shared.InvalidInputException;

/** The ranking groups an officer types: what is read, and which piece a refusal names. */
class GroupThresholdsTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = {
			"A:90; B:80; C:70; D:0        | A90 B80 C70 D0     | ",
			"Xuất sắc:90,5; Tốt:80        | Xuất sắc90.5 Tốt80 | ",
			"''                           | ''                 | ",
			"A:90;;B:80                   | A90 B80            | ",
			"A:90; A:80                   | ''                 | A:80",
			"A:101                        | ''                 | A:101",
			"A:-1                         | ''                 | A:-1",
			"A=90                         | ''                 | A=90",
			"A:chín mươi                  | ''                 | A:chín mươi" })
	void groupsAreReadOrThePieceIsNamed(String typed, String expected, String refusedPiece) {
		if (refusedPiece != null) {
			assertThatThrownBy(() -> GroupThresholds.parse(typed)).isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.arguments()).containsExactly(refusedPiece));
			return;
		}
		String read = String.join(" ", GroupThresholds.parse(typed).stream()
			.map(g -> g.label() + g.minPercent().stripTrailingZeros().toPlainString()).toList());
		assertThat(read).isEqualTo(expected);
	}
}
