package vn.congvu.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.congvu.orgunit.IssuingAuthorities;
import vn.congvu.platform.OfficialDocument;
import vn.congvu.platform.PdfFonts;
import vn.congvu.reporting.DocumentKind;
import vn.congvu.reporting.DocumentRegister;
import vn.congvu.shared.VietnameseDates;

/**
 * The annual list as a document. Approved, it is a notice issued once, at approval, by the unit's authority: numbered
 * in its register, signed, and from then on the same bytes at every download. Not yet approved, it is a preview with
 * no number and no signature.
 */
@Component
class AnnualListDocument {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final PdfFonts fonts;
	private final DocumentRegister register;
	private final vn.congvu.reporting.AuthorityRegister authorities;
	private final IssuingAuthorities naming;
	private final MessageSource messages;
	private final Clock clock;

	AnnualListDocument(PdfFonts fonts, DocumentRegister register, vn.congvu.reporting.AuthorityRegister authorities,
			IssuingAuthorities naming, MessageSource messages, Clock clock) {
		this.fonts = fonts;
		this.register = register;
		this.authorities = authorities;
		this.naming = naming;
		this.messages = messages;
		this.clock = clock;
	}

	static String source(long unitId, int year) {
		return "evaluation.annual_classification:" + unitId + ":" + year;
	}

	/** The approved list as issued; a list approved before the register existed is issued at its first download. */
	byte[] issued(AnnualClassifications.Sheet sheet) {
		return register.current(source(sheet.unit().id(), sheet.year())).map(d -> register.pdf(d.id()))
			.orElseGet(() -> issue(sheet));
	}

	/** Issues the approved list on the day it was approved. */
	byte[] issue(AnnualClassifications.Sheet sheet) {
		LocalDate day = sheet.approvedAt() == null ? LocalDate.now(clock)
				: sheet.approvedAt().atZoneSameInstant(clock.getZone()).toLocalDate();
		return register.issue(new DocumentRegister.Draft(authorities.competentFor(sheet.unit().id(), day),
				DocumentKind.NOTICE, summary(sheet), day, source(sheet.unit().id(), sheet.year())),
				(letterhead, document) -> body(document, sheet).closing(List.of("Cán bộ, công chức trong danh sách",
						"Bộ phận quản lý hồ sơ cán bộ"), letterhead.signer(),
						"Đã phê duyệt ngày " + VietnameseDates.format(day))).pdf();
	}

	/** A list not approved yet: no number, no signature, marked as a preview. */
	byte[] preview(AnnualClassifications.Sheet sheet) {
		long unit = sheet.unit().id();
		OfficialDocument document = new OfficialDocument(fonts, naming.of(unit), "", naming.placeOf(unit),
				LocalDate.now(clock), DocumentKind.NOTICE.title(), summary(sheet));
		return body(document, sheet).closing(List.of(), new OfficialDocument.Signer("", "Thủ trưởng đơn vị", ""),
				"Bản xem trước, chưa phê duyệt").bytes();
	}

	private static String summary(AnnualClassifications.Sheet sheet) {
		return "Kết quả xếp loại chất lượng cán bộ, công chức năm " + sheet.year() + " của " + sheet.unit().name();
	}

	private OfficialDocument body(OfficialDocument document, AnnualClassifications.Sheet sheet) {
		document.text("Căn cứ " + sheet.rules().legalBasis() + "; kết quả đánh giá hằng tháng đã được phê duyệt. "
				+ "Điểm cả năm là trung bình điểm các tháng (cách tổng hợp của hệ thống).");
		List<String[]> rows = new ArrayList<>();
		int n = 1;
		for (AnnualClassifications.Row r : sheet.rows()) {
			rows.add(new String[] { String.valueOf(n++), r.staffName(), String.valueOf(r.monthsScored()),
					r.mean() == null ? "" : r.mean().toPlainString().replace('.', ','),
					label("enum.ClassificationGrade." + r.grade().name()), r.reason() == null ? "" : label(r.reason()) });
		}
		return document.table(new float[] { 0.7f, 3, 1, 1.2f, 2.4f, 2.4f }, new String[] { "STT", "Họ và tên",
				"Số tháng", "Điểm bình quân", "Mức xếp loại", "Ghi chú" }, rows);
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, VI);
	}
}
