package vn.congvu.feedback;

import java.util.Locale;
import org.springframework.stereotype.Service;
import vn.congvu.shared.RecordNotFoundException;

/** Reads the survey forms in force. */
@Service
public class Surveys {

	private final SurveyCatalog catalog;

	Surveys(SurveyCatalog catalog) {
		this.catalog = catalog;
	}

	/** The version of survey {@code code} in force today, with texts in {@code locale}. */
	public SurveyForm current(String code, Locale locale) {
		return catalog.survey(code, locale).orElseThrow(() -> new RecordNotFoundException("survey", code));
	}
}
