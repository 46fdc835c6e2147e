package vn.congvu.reformindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.OfficialDocument;
import vn.congvu.platform.PdfFonts;
import vn.congvu.shared.VietnameseDates;

/**
 * A publication as an administrative document: issued in the name of the People's Committee of the level that
 * assessed its units (the lowest unit above all of them), with the ranking, the rank intervals, the method and the
 * SHA-256 of the snapshot the figures come from.
 */
@Component
class PublicationDocument {

	private final PdfFonts fonts;
	private final OrgUnitQueries units;

	PublicationDocument(PdfFonts fonts, OrgUnitQueries units) {
		this.fonts = fonts;
		this.units = units;
	}

	/**
	 * The authority that issues and signs the publication: the People's Committee of the level above the units, from
	 * their materialised paths (one look-up, whatever the number of units).
	 */
	String issuer(List<String> unitPaths) {
		return "Ủy ban nhân dân " + issuingLevel(unitPaths);
	}

	byte[] write(IndexPublications.Publication publication, IndexPublications.ResultsView view, String issuer) {
		OfficialDocument document = new OfficialDocument(fonts, issuer, "Hà Nội",
				VietnameseDates.dayOf(publication.publishedAt()),
				"KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM " + publication.year(), view.methodology().name());
		document.text("Căn cứ: " + view.methodology().legalBasis() + ".");
		if (view.methodology().caveat() != null) {
			document.text("Lưu ý: " + view.methodology().caveat());
		}
		document.heading("1. Xếp hạng");
		List<String[]> rows = new ArrayList<>();
		for (IndexResults.UnitResult r : view.results()) {
			RankUncertainty.Interval interval = view.intervals().get(r.unitId());
			rows.add(new String[] { String.valueOf(r.rank()), r.name(), decimal(r.total()) + (r.converted() ? " (*)" : ""),
					r.group() == null ? "–" : r.group(),
					interval.median() + " (" + interval.low() + "–" + interval.high() + ")" });
		}
		document.table(new float[] { 0.7f, 3.2f, 1.3f, 0.8f, 1.8f },
				new String[] { "Hạng", "Đơn vị", "Tổng điểm", "Nhóm", "Hạng trung vị (5–95%)" }, rows);
		if (view.results().stream().anyMatch(IndexResults.UnitResult::converted)) {
			document.text("(*) Không có điểm điều tra xã hội học: điểm thẩm định được quy đổi về thang 100.");
		}
		document.heading("2. Phương pháp");
		document.text("Xếp hạng theo tổng điểm chưa làm tròn; đơn vị bằng điểm cùng hạng. Độ bất định của thứ hạng được "
				+ "ước lượng bằng " + java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(view.draws()) + " lần mô phỏng Monte Carlo với hạt giống " + view.seed()
				+ " (trọng số từng nội dung trong khoảng cho phép; các tiêu chí được điều chỉnh khi thẩm định trong "
				+ "khoảng nửa mức điều chỉnh về mỗi phía).");
		document.text("Mã kiểm tra SHA-256 của bản chụp dữ liệu: " + publication.sha256() + ". Bản chụp được công khai "
				+ "kèm kết quả; tính lại từ bản chụp cho đúng từng con số.");
		return document.signature("TM. " + issuer.toUpperCase(Locale.forLanguageTag("vi")), "",
				"Công bố trên hệ thống ngày " + VietnameseDates.formatDay(publication.publishedAt())).bytes();
	}

	/** The lowest unit above every assessed unit, by name ("Quận Hoàn Kiếm", "Thành phố Hà Nội"). */
	private String issuingLevel(List<String> unitPaths) {
		String common = null;
		for (String path : unitPaths) {
			String parent = path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1);
			common = common == null ? parent : prefix(common, parent);
		}
		if (common == null || common.equals("/")) {
			return "";
		}
		String[] ids = common.split("/");
		return units.find(Long.parseLong(ids[ids.length - 1])).name();
	}

	private static String prefix(String a, String b) {
		int i = 0;
		while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return a.substring(0, a.lastIndexOf('/', i - 1) + 1);
	}

	private static String decimal(BigDecimal value) {
		return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
	}
}
