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
	private final vn.congvu.orgunit.IssuingAuthorities authorities;
	private final vn.congvu.orgunit.OrgUnitQueries units;
	private final vn.congvu.staff.StaffQueries staff;

	DecisionDocument(PdfFonts fonts, MessageSource messages, vn.congvu.reporting.PdfSignatures signatures,
			vn.congvu.orgunit.IssuingAuthorities authorities, vn.congvu.orgunit.OrgUnitQueries units,
			vn.congvu.staff.StaffQueries staff) {
		this.fonts = fonts;
		this.messages = messages;
		this.signatures = signatures;
		this.authorities = authorities;
		this.units = units;
		this.staff = staff;
	}

	/**
	 * The unit whose head decides: the person's own unit, or the unit above it when the person is one of the unit's
	 * leaders (a leader is disciplined by the authority above).
	 */
	private long decidingUnit(DisciplinaryCaseView kase) {
		Long parent = units.find(kase.unitId()).parentId();
		return kase.leader() && parent != null ? parent : kase.unitId();
	}

	/**
	 * The competent signer: the head of the deciding unit on the day, signing for the People's Committee when the unit
	 * has one; when no head is on record, the name is left blank to be written by hand.
	 */
	private OfficialDocument.Signer signer(long unitId, LocalDate date) {
		java.util.Optional<Long> head = staff.headOf(unitId, date);
		String name = head.map(staff::nameOf).orElse("");
		if (authorities.hasCommittee(unitId)) {
			return new OfficialDocument.Signer("TM. Ủy ban nhân dân", "Chủ tịch", name);
		}
		String position = head.flatMap(id -> staff.assignments(id).stream().filter(a -> a.unitId() == unitId)
			.findFirst().map(vn.congvu.staff.AssignmentView::position)).orElse("Thủ trưởng đơn vị");
		return new OfficialDocument.Signer("", position, name);
	}

	byte[] decision(DisciplinaryCaseView kase, String legalBasis, DisciplinaryMeasure measure, String number, LocalDate date,
			@Nullable LocalDate effectUntil) {
		String form = messages.getMessage("enum.DisciplinaryMeasure." + measure, null, measure.name(), VI);
		long deciding = decidingUnit(kase);
		OfficialDocument pdf = new OfficialDocument(fonts, authorities.of(deciding), number, authorities.placeOf(deciding),
				date, "QUYẾT ĐỊNH", "Về việc thi hành kỷ luật đối với " + kase.staffName());
		pdf.text("Căn cứ " + legalBasis + " quy định về xử lý kỷ luật đối với cán bộ, công chức, viên chức;")
			.text("Căn cứ hồ sơ vụ việc và kiến nghị của Hội đồng kỷ luật;")
			.heading("QUYẾT ĐỊNH:")
			.text("Điều 1. Thi hành kỷ luật bằng hình thức " + form.toLowerCase(VI) + " đối với " + kase.staffName()
					+ ", " + kase.unitName() + ", vì đã vi phạm: " + kase.violationDescription()
					+ " (ngày " + VietnameseDates.format(kase.committedOn()) + ").")
			.text("Điều 2. Quyết định có hiệu lực từ ngày " + VietnameseDates.format(date)
					+ (effectUntil == null ? "." : "; thời gian thi hành kỷ luật đến hết ngày "
							+ VietnameseDates.format(effectUntil) + "."))
			.text("Điều 3. Người có tên tại Điều 1 và các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này.");
		byte[] document = pdf.closing(java.util.List.of("Như Điều 3", "Bộ phận quản lý hồ sơ cán bộ"),
				signer(deciding, date), "(Ban hành trên hệ thống ngày " + VietnameseDates.format(date) + ")").bytes();
		// signed in the name of the unit that issues it, when it has a key (always with demo data)
		return signatures.signIfPossible(document, kase.unitName(), "Quyết định kỷ luật số " + number);
	}
}
