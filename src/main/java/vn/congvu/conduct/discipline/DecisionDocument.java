package vn.congvu.conduct.discipline;

import vn.congvu.platform.OfficialDocument;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.congvu.platform.PdfFonts;
import vn.congvu.shared.VietnameseDates;

/** Quyết định kỷ luật: the decision document of a case, in Vietnamese, as a PDF. */
@Component
class DecisionDocument {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final PdfFonts fonts;
	private final MessageSource messages;

	private final vn.congvu.reporting.PdfSignatures signatures;

	DecisionDocument(PdfFonts fonts, MessageSource messages, vn.congvu.reporting.PdfSignatures signatures) {
		this.fonts = fonts;
		this.messages = messages;
		this.signatures = signatures;
	}

	byte[] decision(DisciplinaryCaseView kase, String legalBasis, DisciplinaryMeasure measure, String number, LocalDate date,
			@Nullable LocalDate effectUntil, String signer) {
		String form = messages.getMessage("enum.DisciplinaryMeasure." + measure, null, measure.name(), VI);
		OfficialDocument pdf = new OfficialDocument(fonts, kase.unitName(), "Hà Nội", date, "QUYẾT ĐỊNH",
				"Về việc thi hành kỷ luật đối với " + kase.staffName());
		pdf.text("Số: " + number)
			.text("Căn cứ " + legalBasis + " quy định về xử lý kỷ luật đối với cán bộ, công chức, viên chức;")
			.text("Căn cứ hồ sơ vụ việc và kiến nghị của Hội đồng kỷ luật;")
			.heading("QUYẾT ĐỊNH:")
			.text("Điều 1. Thi hành kỷ luật bằng hình thức " + form.toLowerCase(VI) + " đối với " + kase.staffName()
					+ ", " + kase.unitName() + ", vì đã vi phạm: " + kase.violationDescription()
					+ " (ngày " + VietnameseDates.format(kase.committedOn()) + ").")
			.text("Điều 2. Quyết định có hiệu lực từ ngày " + VietnameseDates.format(date)
					+ (effectUntil == null ? "." : "; thời gian thi hành kỷ luật đến hết ngày "
							+ VietnameseDates.format(effectUntil) + "."))
			.text("Điều 3. Người có tên tại Điều 1 và các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này.");
		byte[] document = pdf.signature("NGƯỜI CÓ THẨM QUYỀN", signer,
				"Ban hành trên hệ thống ngày " + VietnameseDates.format(date)).bytes();
		// signed in the name of the unit that issues it, when it has a key (always with demo data)
		return signatures.signIfPossible(document, kase.unitName(), "Quyết định kỷ luật số " + number);
	}
}
