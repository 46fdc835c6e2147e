package vn.congvu.feedback.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.congvu.feedback.NewSurveyVersion;
import vn.congvu.feedback.SatisfactionElement;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.VietnameseDates;

/**
 * The new-version form as typed: names, legal basis, first day and the questions as rows (code, what it measures,
 * Vietnamese and English text). A row left empty is dropped; a few empty rows are offered for new questions.
 */
public class SurveyVersionForm {

	static final int EMPTY_ROWS = 3;

	private String nameVi = "";
	private String nameEn = "";
	private String legalBasis = "";
	private String validFrom = "";
	private List<String> questionCode = new ArrayList<>();
	private List<String> element = new ArrayList<>();
	private List<String> textVi = new ArrayList<>();
	private List<String> textEn = new ArrayList<>();

	/** The form filled with a draft (the newest version's names and questions). */
	static SurveyVersionForm of(NewSurveyVersion draft) {
		SurveyVersionForm form = new SurveyVersionForm();
		form.nameVi = draft.nameVi();
		form.nameEn = draft.nameEn();
		form.legalBasis = draft.legalBasis() == null ? "" : draft.legalBasis();
		form.validFrom = VietnameseDates.format(draft.validFrom());
		for (NewSurveyVersion.Question question : draft.questions()) {
			form.questionCode.add(question.code());
			form.element.add(question.element().name());
			form.textVi.add(question.textVi());
			form.textEn.add(question.textEn());
		}
		return form;
	}

	NewSurveyVersion toDraft(String surveyCode, LocalDate today) {
		if (validFrom.isBlank()) {
			throw new InvalidInputException("survey.startsTomorrowAtEarliest", VietnameseDates.format(today.plusDays(1)));
		}
		LocalDate from = VietnameseDates.parse(validFrom, today);
		List<NewSurveyVersion.Question> questions = new ArrayList<>();
		for (int i = 0; i < rowCount(); i++) {
			String code = at(questionCode, i).toUpperCase(java.util.Locale.ROOT);
			String vi = at(textVi, i);
			String en = at(textEn, i);
			if (code.isEmpty() && vi.isEmpty() && en.isEmpty()) {
				continue;
			}
			String typed = at(element, i);
			int row = questions.size() + 1;
			SatisfactionElement measured = Arrays.stream(SatisfactionElement.values())
				.filter(e -> e.name().equals(typed)).findFirst()
				.orElseThrow(() -> new InvalidInputException("survey.chooseElement", row));
			questions.add(new NewSurveyVersion.Question(code, measured, vi, en));
		}
		return new NewSurveyVersion(surveyCode, nameVi.strip(), nameEn.strip(),
				legalBasis.isBlank() ? null : legalBasis.strip(), from, questions);
	}

	/** How many question rows the form shows: those typed and a few empty ones. */
	public int rowCount() {
		return Math.max(Math.max(questionCode.size(), element.size()), Math.max(textVi.size(), textEn.size()));
	}

	/** The value typed in question row {@code index} of {@code field}, for refilling the form. */
	public String row(String field, int index) {
		return at(switch (field) {
			case "code" -> questionCode;
			case "element" -> element;
			case "textVi" -> textVi;
			default -> textEn;
		}, index);
	}

	/** Pads the rows so that a few empty ones follow those typed, once (a refused form keeps its rows). */
	SurveyVersionForm withEmptyRows() {
		int typed = 0;
		for (int i = 0; i < rowCount(); i++) {
			typed += row("code", i).isEmpty() && row("textVi", i).isEmpty() && row("textEn", i).isEmpty() ? 0 : 1;
		}
		int target = Math.max(rowCount(), typed + EMPTY_ROWS);
		for (List<String> values : List.of(questionCode, element, textVi, textEn)) {
			while (values.size() < target) {
				values.add("");
			}
		}
		return this;
	}

	private static String at(List<String> values, int index) {
		return index < values.size() && values.get(index) != null ? values.get(index).strip() : "";
	}

	public String getNameVi() { return nameVi; }
	public void setNameVi(String nameVi) { this.nameVi = nameVi; }
	public String getNameEn() { return nameEn; }
	public void setNameEn(String nameEn) { this.nameEn = nameEn; }
	public String getLegalBasis() { return legalBasis; }
	public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
	public String getValidFrom() { return validFrom; }
	public void setValidFrom(String validFrom) { this.validFrom = validFrom; }
	public List<String> getQuestionCode() { return questionCode; }
	public void setQuestionCode(List<String> questionCode) { this.questionCode = questionCode; }
	public List<String> getElement() { return element; }
	public void setElement(List<String> element) { this.element = element; }
	public List<String> getTextVi() { return textVi; }
	public void setTextVi(List<String> textVi) { this.textVi = textVi; }
	public List<String> getTextEn() { return textEn; }
	public void setTextEn(List<String> textEn) { this.textEn = textEn; }
}
