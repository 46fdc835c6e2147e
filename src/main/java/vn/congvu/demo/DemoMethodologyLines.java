package vn.congvu.demo;

import java.util.ArrayList;
import java.util.List;
import vn.congvu.reformindex.MethodologyTree;

/**
 * The demo's PAR methodologies as an officer would type them into the methodology workbook: the earlier frame of the
 * past years and the current year's, which follows Decision 5666/QĐ-UBND.
 */
final class DemoMethodologyLines {

	private DemoMethodologyLines() {
	}

	/** The past years' lines (2017, 2018). */
	static List<MethodologyTree.Line> past() {
		return lines(false);
	}

	/** The current year's lines. */
	static List<MethodologyTree.Line> current() {
		return lines(true);
	}

	/**
	 * The lines. Past years: seven contents (a shortened version of the earlier framework for wards). The current year
	 * follows the structure of Hà Nội's Decision 5666/QĐ-UBND (2025): eight contents and a ninth for bonus and
	 * penalty; the criteria under them and their maximum points are the demonstration's own. Both have 70 appraisal
	 * points and 30 survey points. The current year computes one line from the one-stop figures and one from the
	 * corrective actions, and asks for evidence on a few lines.
	 */
	private static List<MethodologyTree.Line> lines(boolean current) {
		String[][] rows = current ? CURRENT_LINES : PAST_LINES;
		String computedOneStop = current ? "3.2" : "";
		String computedCorrective = current ? "5.3" : "";
		String bonus = current ? "9.1" : "8.1";
		String penalty = current ? "9.2" : "8.2";
		List<MethodologyTree.Line> lines = new ArrayList<>();
		int row = 2;
		for (String[] r : rows) {
			String scoring = r[0].equals(bonus) ? "Điểm thưởng" : r[0].equals(penalty) ? "Điểm trừ"
					: r[0].equals(computedOneStop) || r[0].equals(computedCorrective) ? "Tính từ dữ liệu" : "Chấm điểm";
			String source = r[0].equals(computedOneStop) ? "Hồ sơ một cửa đúng hạn"
					: r[0].equals(computedCorrective) ? "Khắc phục đúng hạn" : "";
			lines.add(new MethodologyTree.Line(row++, r[0], r[1], r[2], r[3], scoring, source,
					current && !r[4].isEmpty() ? "Có" : "Không", "", r[5], r[6]));
		}
		return lines;
	}

	/** Past years: seven contents and bonus/penalty. */
	private static final String[][] PAST_LINES = {
			{ "1", "", "Công tác chỉ đạo, điều hành cải cách hành chính", "8", "", "80", "120" },
			{ "1.1", "1", "Kế hoạch cải cách hành chính năm ban hành đúng hạn, đầy đủ nội dung", "3", "Có", "", "" },
			{ "1.2", "1", "Báo cáo cải cách hành chính định kỳ đúng hạn", "2", "", "", "" },
			{ "1.3", "1", "Kiểm tra, tuyên truyền cải cách hành chính", "3", "", "", "" },
			{ "2", "", "Tổ chức thực hiện văn bản quy phạm pháp luật", "6", "", "80", "120" },
			{ "2.1", "2", "Triển khai văn bản của cấp trên đúng hạn", "3", "", "", "" },
			{ "2.2", "2", "Tự kiểm tra, rà soát văn bản", "3", "", "", "" },
			{ "3", "", "Thủ tục hành chính và cơ chế một cửa", "18", "", "80", "120" },
			{ "3.1", "3", "Công khai thủ tục hành chính đầy đủ tại bộ phận một cửa", "4", "", "", "" },
			{ "3.2", "3", "Hồ sơ giải quyết đúng hạn", "8", "", "", "" },
			{ "3.3", "3", "Gửi thư xin lỗi khi hồ sơ trễ hạn", "3", "", "", "" },
			{ "3.4", "3", "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân", "3", "", "", "" },
			{ "4", "", "Chất lượng đội ngũ cán bộ, công chức", "12", "", "80", "120" },
			{ "4.1", "4", "Chấp hành kỷ luật, kỷ cương hành chính và quy tắc ứng xử", "6", "Có", "", "" },
			{ "4.2", "4", "Đánh giá, xếp loại cán bộ, công chức đúng quy định", "3", "", "", "" },
			{ "4.3", "4", "Đào tạo, bồi dưỡng cán bộ, công chức", "3", "", "", "" },
			{ "5", "", "Quản lý tài chính công", "6", "", "80", "120" },
			{ "5.1", "5", "Thực hiện cơ chế tự chủ về kinh phí quản lý hành chính", "3", "", "", "" },
			{ "5.2", "5", "Công khai ngân sách", "3", "", "", "" },
			{ "6", "", "Hiện đại hóa hành chính", "12", "", "80", "120" },
			{ "6.1", "6", "Ứng dụng công nghệ thông tin trong xử lý công việc", "4", "", "", "" },
			{ "6.2", "6", "Dịch vụ công trực tuyến", "5", "", "", "" },
			{ "6.3", "6", "Hệ thống quản lý chất lượng theo tiêu chuẩn ISO", "3", "", "", "" },
			{ "7", "", "Tác động của cải cách hành chính đến phát triển kinh tế - xã hội", "8", "", "80", "120" },
			{ "7.1", "7", "Thực hiện các chỉ tiêu phát triển kinh tế - xã hội", "4", "", "", "" },
			{ "7.2", "7", "Thu ngân sách đạt kế hoạch", "4", "", "", "" },
			{ "8", "", "Điểm thưởng, điểm trừ", "0", "", "", "" },
			{ "8.1", "8", "Điểm thưởng: sáng kiến cải cách hành chính được công nhận", "2", "", "", "" },
			{ "8.2", "8", "Điểm trừ: cán bộ bị kỷ luật vì vi phạm trong thực thi công vụ", "3", "", "", "" } };

	/** The current year: the eight contents of Decision 5666/QĐ-UBND (2025) in its order, and bonus/penalty. */
	private static final String[][] CURRENT_LINES = {
			{ "1", "", "Công tác chỉ đạo, điều hành cải cách hành chính", "8", "", "80", "120" },
			{ "1.1", "1", "Kế hoạch cải cách hành chính năm ban hành đúng hạn, đầy đủ nội dung", "3", "Có", "", "" },
			{ "1.2", "1", "Báo cáo cải cách hành chính định kỳ đúng hạn", "2", "", "", "" },
			{ "1.3", "1", "Kiểm tra, tuyên truyền cải cách hành chính", "3", "", "", "" },
			{ "2", "", "Cải cách thể chế", "6", "", "80", "120" },
			{ "2.1", "2", "Triển khai văn bản quy phạm pháp luật của cấp trên đúng hạn", "3", "", "", "" },
			{ "2.2", "2", "Tự kiểm tra, rà soát văn bản", "3", "", "", "" },
			{ "3", "", "Cải cách thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông", "18", "", "80", "120" },
			{ "3.1", "3", "Công khai thủ tục hành chính đầy đủ tại bộ phận một cửa", "4", "", "", "" },
			{ "3.2", "3", "Hồ sơ giải quyết đúng hạn (tính từ số liệu một cửa)", "8", "", "", "" },
			{ "3.3", "3", "Gửi thư xin lỗi khi hồ sơ trễ hạn", "3", "", "", "" },
			{ "3.4", "3", "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân", "3", "Có", "", "" },
			{ "4", "", "Cải cách tổ chức bộ máy hành chính", "4", "", "80", "120" },
			{ "4.1", "4", "Thực hiện quy định về vị trí việc làm và biên chế được giao", "2", "", "", "" },
			{ "4.2", "4", "Kiện toàn tổ chức, quy chế làm việc sau sắp xếp đơn vị hành chính", "2", "", "", "" },
			{ "5", "", "Cải cách chế độ công vụ", "12", "", "80", "120" },
			{ "5.1", "5", "Chấp hành kỷ luật, kỷ cương hành chính và quy tắc ứng xử", "6", "Có", "", "" },
			{ "5.2", "5", "Đánh giá, xếp loại cán bộ, công chức đúng quy định", "3", "", "", "" },
			{ "5.3", "5", "Yêu cầu khắc phục sau kiểm tra công vụ hoàn thành đúng hạn (tính từ dữ liệu)", "3", "", "", "" },
			{ "6", "", "Cải cách tài chính công", "6", "", "80", "120" },
			{ "6.1", "6", "Thực hiện cơ chế tự chủ về kinh phí quản lý hành chính", "3", "", "", "" },
			{ "6.2", "6", "Công khai ngân sách", "3", "", "", "" },
			{ "7", "", "Xây dựng, phát triển chính quyền điện tử, chính quyền số", "8", "", "80", "120" },
			{ "7.1", "7", "Xử lý văn bản, hồ sơ công việc trên môi trường mạng", "3", "Có", "", "" },
			{ "7.2", "7", "Dịch vụ công trực tuyến toàn trình", "3", "", "", "" },
			{ "7.3", "7", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "2", "", "", "" },
			{ "8", "", "Tác động của cải cách hành chính đến phát triển kinh tế - xã hội", "8", "", "80", "120" },
			{ "8.1", "8", "Thực hiện các chỉ tiêu phát triển kinh tế - xã hội", "4", "", "", "" },
			{ "8.2", "8", "Thu ngân sách đạt kế hoạch", "4", "", "", "" },
			{ "9", "", "Điểm thưởng, điểm trừ", "0", "", "", "" },
			{ "9.1", "9", "Điểm thưởng: sáng kiến cải cách hành chính được công nhận", "2", "", "", "" },
			{ "9.2", "9", "Điểm trừ: cán bộ bị kỷ luật vì vi phạm trong thực thi công vụ", "3", "", "", "" } };
}
