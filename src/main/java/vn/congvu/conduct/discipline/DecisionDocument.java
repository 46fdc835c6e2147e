package vn.congvu.conduct.discipline;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.congvu.shared.VietnameseDates;

/** Quyết định kỷ luật: the decision document of a case, in Vietnamese, as a PDF. */
@Component
class DecisionDocument {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final MessageSource messages;
	private final vn.congvu.reporting.DocumentRegister register;
	private final vn.congvu.reporting.AuthorityRegister authorities;
	private final vn.congvu.orgunit.OrgUnitQueries units;

	DecisionDocument(MessageSource messages, vn.congvu.reporting.DocumentRegister register,
			vn.congvu.reporting.AuthorityRegister authorities, vn.congvu.orgunit.OrgUnitQueries units) {
		this.messages = messages;
		this.register = register;
		this.authorities = authorities;
		this.units = units;
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
	 * Issues the decision from the register of the deciding unit's authority on the day: numbered there, signed by its
	 * head (or a deputy for the head) on the day, from the staff assignments.
	 */
	vn.congvu.reporting.DocumentRegister.Issued decision(DisciplinaryCaseView kase, String legalBasis,
			DisciplinaryMeasure measure, LocalDate date, @Nullable LocalDate effectUntil) {
		String form = messages.getMessage("enum.DisciplinaryMeasure." + measure, null, measure.name(), VI);
		vn.congvu.reporting.Authority authority = authorities.competentFor(decidingUnit(kase), date);
		return register.issue(new vn.congvu.reporting.DocumentRegister.Draft(authority,
				vn.congvu.reporting.DocumentKind.DECISION, "Về việc thi hành kỷ luật đối với " + kase.staffName(), date,
				"conduct.disciplinary_case:" + kase.id()), (letterhead, pdf) -> pdf
			.text("Căn cứ " + legalBasis + " quy định về xử lý kỷ luật đối với cán bộ, công chức, viên chức;")
			.text("Căn cứ hồ sơ vụ việc và kiến nghị của Hội đồng kỷ luật;")
			.heading("QUYẾT ĐỊNH:")
			.text("Điều 1. Thi hành kỷ luật bằng hình thức " + form.toLowerCase(VI) + " đối với " + kase.staffName()
					+ ", " + kase.unitName() + ", vì đã vi phạm: " + kase.violationDescription()
					+ " (ngày " + VietnameseDates.format(kase.committedOn()) + ").")
			.text("Điều 2. Quyết định có hiệu lực từ ngày " + VietnameseDates.format(date)
					+ (effectUntil == null ? "." : "; thời gian thi hành kỷ luật đến hết ngày "
							+ VietnameseDates.format(effectUntil) + "."))
			.text("Điều 3. Người có tên tại Điều 1 và các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này.")
			.closing(java.util.List.of("Như Điều 3", "Bộ phận quản lý hồ sơ cán bộ"), letterhead.signer(),
					"(Ban hành trên hệ thống ngày " + VietnameseDates.format(date) + ")"));
	}
}
