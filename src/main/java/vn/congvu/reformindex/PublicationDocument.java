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
	 * The unit whose authority issues and signs the publication: the level above the assessed units, from their
	 * materialised paths (one look-up, whatever the number of units); its authority on the day of publication is
	 * found in the authority register (the 2018 wards' district no longer exists: today's city issues).
	 */
	long issuingUnit(List<String> unitPaths) {
		return issuingLevel(unitPaths);
	}

	/** The body of the publication, on the letterhead the register gives, to its closing. */
	OfficialDocument write(IndexPublications.Publication publication, IndexPublications.ResultsView view,
			vn.congvu.reporting.DocumentRegister.Letterhead letterhead, OfficialDocument document) {
		document.text("Căn cứ: " + view.methodology().legalBasis() + ".");
		if (view.methodology().caveat() != null) {
			document.text("Lưu ý: " + view.methodology().caveat());
		}
		document.text("Công bố kết quả Chỉ số cải cách hành chính năm " + publication.year() + " của "
				+ view.results().size() + " đơn vị được đánh giá, như sau:");
		document.heading("1. Xếp hạng");
		List<String[]> rows = new ArrayList<>();
		for (IndexResults.UnitResult r : view.results()) {
			RankUncertainty.Interval interval = view.intervals().get(r.unitId());
			rows.add(new String[] { String.valueOf(r.rank()), r.name(), decimal(r.total()) + (r.converted() ? " (*)" : ""),
					r.group() == null ? "–" : r.group(),
					interval.median() + " (" + interval.low() + "–" + interval.high() + ")"
							+ (interval.widened() ? " (**)" : "") });
		}
		document.table(new float[] { 0.8f, 3.1f, 1.3f, 0.8f, 1.8f },
				new String[] { "Hạng", "Đơn vị", "Tổng điểm", "Nhóm", "Hạng trung vị (5–95%)" }, rows);
		if (view.results().stream().anyMatch(IndexResults.UnitResult::converted)) {
			document.text("(*) Không có điểm điều tra xã hội học: điểm thẩm định được quy đổi về thang 100.");
		}
		if (view.intervals().values().stream().anyMatch(RankUncertainty.Interval::widened)) {
			document.text("(**) Khoảng được mở rộng để chứa thứ hạng công bố: mọi lần mô phỏng đều lệch về một phía "
					+ "của thứ hạng này (bản chụp dữ liệu ghi khoảng của riêng các lần mô phỏng).");
		}
		document.heading("2. Phương pháp");
		document.text("Xếp hạng theo tổng điểm chưa làm tròn; đơn vị bằng điểm cùng hạng. Độ bất định của thứ hạng được "
				+ "ước lượng bằng " + java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(view.draws()) + " lần mô phỏng Monte Carlo với hạt giống " + view.seed()
				+ (view.sensitivity() == null
						? " (trọng số từng nội dung trong khoảng cho phép; các tiêu chí được điều chỉnh khi thẩm định "
								+ "trong khoảng nửa mức điều chỉnh về mỗi phía)."
						: " (trọng số từng nội dung trong khoảng cho phép, luôn chứa 100%; các tiêu chí được điều chỉnh "
								+ "khi thẩm định trong khoảng nửa mức điều chỉnh về mỗi phía, các tiêu chí được chấp nhận "
								+ "theo độ dao động bộ chỉ số quy định, điểm điều tra theo sai số chọn mẫu; mọi giá trị "
								+ "nằm trong khoảng từ 0 đến điểm tối đa). Thứ hạng tính trên tổng điểm chưa làm tròn; "
								+ "điểm hiển thị làm tròn đến 2 chữ số thập phân."));
		RankUncertainty.Sensitivity sensitivity = view.sensitivity();
		if (sensitivity != null) {
			document.text("Độ rộng trung vị của khoảng thứ hạng (hạng 95% trừ hạng 5%) khi cho dao động: tất cả "
					+ width(sensitivity.all()) + "; riêng trọng số " + width(sensitivity.weights())
					+ "; riêng tiêu chí do con người chấm " + width(sensitivity.judgedLines())
					+ "; riêng điều tra xã hội học " + width(sensitivity.survey()) + ".");
		}
		document.text("Bản chụp dữ liệu được công khai kèm kết quả; tính lại từ bản chụp cho đúng từng con số. "
				+ "Mã kiểm tra SHA-256 của bản chụp:");
		document.code("", publication.sha256());
		return document.closing(List.of("Các đơn vị được đánh giá", "Cổng thông tin điện tử"), letterhead.signer(),
				"Công bố trên hệ thống ngày " + VietnameseDates.formatDay(publication.publishedAt()));
	}

	/** The lowest unit above every assessed unit ("Quận Hoàn Kiếm", "Thành phố Hà Nội"). */
	private long issuingLevel(List<String> unitPaths) {
		String common = null;
		for (String path : unitPaths) {
			String parent = path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1);
			common = common == null ? parent : prefix(common, parent);
		}
		if (common == null || common.equals("/")) {
			String first = unitPaths.getFirst();
			return Long.parseLong(first.split("/")[1]); // units at the top: the first one's own authority
		}
		String[] ids = common.split("/");
		return Long.parseLong(ids[ids.length - 1]);
	}

	private static String prefix(String a, String b) {
		int i = 0;
		while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return a.substring(0, a.lastIndexOf('/', i - 1) + 1);
	}

	private static String width(RankUncertainty.Width width) {
		return String.valueOf(width.medianWidth()).replace('.', ',').replaceAll(",0$", "");
	}

	private static String decimal(BigDecimal value) {
		return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
	}
}
