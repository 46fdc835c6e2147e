package vn.congvu.conduct.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link CodeEditingController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class CodeEditingForms {

	private CodeEditingForms() {
	}

	/** The form of {@code CodeEditingController.setChecked}, as typed. */
	record SetChecked(@Nullable Boolean checked) {

		SetChecked {
			checked = checked == null ? false : checked;
		}
	}

	/** A new code of conduct, possibly a copy of an earlier one's articles. */
	record NewCode(String code, String title, String legalBasis,
			@Nullable LocalDate legalBasisDate, String audience, @Nullable LocalDate validFrom,
			@Nullable Long copyFrom) {

		NewCode {
			code = code == null ? "" : code;
			title = title == null ? "" : title;
			legalBasis = legalBasis == null ? "" : legalBasis;
			audience = audience == null ? "" : audience;
		}
	}

	/** An article added to a code. */
	record Article(String chapter, @Nullable Integer number, String title,
			String summary, @Nullable Boolean checked) {

		Article {
			checked = checked != null && checked;
			chapter = chapter == null ? "" : chapter;
			title = title == null ? "" : title;
			summary = summary == null ? "" : summary;
		}
	}

	/** A code given to a unit from a day (today when left empty). */
	record Give(@Nullable Long unitId, @Nullable LocalDate on) {
	}
}
