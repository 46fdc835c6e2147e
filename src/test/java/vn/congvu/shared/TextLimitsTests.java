package vn.congvu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a text may hold: letters of every language and line breaks, never controls or invisible tricks. */
class TextLimitsTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = ';', value = {
			"Nguyễn Thị Hồng Hà;                    true",
			"Phường Hàng Bạc\\nTổ 5;                 true",
			"Trần\\u202EnăV;                         false",
			"Lê\\u200BVăn;                           false",
			"Phạm\\u2066Ngọc\\u2069;                 false",
			"\\uFEFFHoàng;                           false",
			"Đỗ\\u200FMinh;                          false",
			"Ngô\\u0007Lan;                          false",
			"một gia đình \\uD83D\\uDC68\\u200D\\uD83D\\uDC69;  true" })
	void invisibleAndControlCharactersAreRefused(String escaped, boolean clean) {
		assertThat(TextLimits.clean(unescape(escaped))).isEqualTo(clean);
	}

	private static String unescape(String text) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			if (text.startsWith("\\u", i)) {
				out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
				i += 5;
			}
			else if (text.startsWith("\\n", i)) {
				out.append('\n');
				i++;
			}
			else {
				out.append(text.charAt(i));
			}
		}
		return out.toString();
	}
}
