package vn.congvu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTests {

	@ParameterizedTest(name = "{0} folds to {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Hàng Bạc                 | hang bac
			HÀNG BẠC                 | hang bac
			Nguyễn Văn Đức           | nguyen van duc
			Đồng Xuân                | dong xuan
			  Phường   Cửa   Nam     | phuong cua nam
			Trần Hưng Đạo            | tran hung dao
			Phúc Tân                 | phuc tan
			Ưng Ửng Ữ Ự Ơ ờ Ợ         | ung ung u u o o o
			hang bac                 | hang bac
			""")
	void foldsDiacriticsCaseAndSpaces(String text, String folded) {
		assertThat(VietnameseText.fold(text)).isEqualTo(folded);
	}

	@ParameterizedTest(name = "{0} becomes the pattern {1}")
	@CsvSource(delimiter = '|', textBlock = """
			hàng bạc | %hang bac%
			50%      | %50\\%%
			a_b      | %a\\_b%
			""")
	void likePatternsMatchUserTextLiterally(String text, String pattern) {
		assertThat(VietnameseText.likePattern(text)).isEqualTo(pattern);
	}
}
