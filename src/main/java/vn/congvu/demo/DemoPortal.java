package vn.congvu.demo;

import java.awt.Color;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.portal.CarriedOverArticles;
import vn.congvu.portal.News;
import vn.congvu.portal.Polls;
import vn.congvu.portal.Sites;
import vn.congvu.shared.VietnameseDates;

/**
 * The portal of the demo: the seed page's poll with a few votes; sites of the city and the two new wards with
 * categories, an introduction page and articles at each step of the workflow; and the former district's site as an
 * archive holding an article like the seed's (invented text, its view count kept).
 */
@Component
class DemoPortal {

	private final Polls polls;
	private final Sites sites;
	private final News news;
	private final CarriedOverArticles carried;
	private final OrgUnitQueries units;
	private final Clock clock;

	DemoPortal(Polls polls, Sites sites, News news, CarriedOverArticles carried, OrgUnitQueries units, Clock clock) {
		this.polls = polls;
		this.sites = sites;
		this.news = news;
		this.carried = carried;
		this.units = units;
		this.clock = clock;
	}

	void loadSites(long hanoi, long district, long hoanKiem, long cuaNam) {
		Viewer officer = viewer("noivu", "Cán bộ Sở Nội vụ (demo)", Role.HOME_AFFAIRS_OFFICER, hanoi);
		Viewer editor = viewer("bientap", "Biên tập viên phường Cửa Nam (demo)", Role.EDITOR, cuaNam);
		Viewer leader = viewer("lanhdao", "Lãnh đạo thành phố (demo)", Role.LEADER, hanoi);
		Viewer head = viewer("phuonghoankiem", "Thủ trưởng phường Hoàn Kiếm (demo)", Role.UNIT_HEAD, hoanKiem);
		carried.carryOver(Viewer.system(), new CarriedOverArticles.Archived(district, "Tin Văn hóa – Xã hội",
				"Quận Hoàn Kiếm quán triệt kỷ cương hành chính và phát động thi đua văn hóa công sở",
				"Cán bộ, công chức, viên chức của quận được quán triệt về kỷ cương hành chính và cùng thi đua thực hiện "
						+ "văn hóa công sở và nơi công cộng.",
				"""
						Chiều 02/7/2019, quận tổ chức hội nghị quán triệt kỷ cương hành chính cho cán bộ, công chức, viên \
						chức các phòng, ban, phường và trường học trên địa bàn (nội dung minh họa cho bản demo).

						Hội nghị nhắc lại các chuẩn mực giao tiếp, ứng xử nơi công sở, việc đeo thẻ, đúng giờ và thái độ \
						phục vụ người dân; các đơn vị ký cam kết thực hiện và đăng ký thi đua.""",
				java.time.OffsetDateTime.of(2019, 7, 3, 15, 48, 0, 0, java.time.ZoneOffset.ofHours(7)), 872));
		long cityNews = sites.addCategory(officer, hanoi, "Tin tức – Sự kiện");
		long cityReform = sites.addCategory(officer, hanoi, "Cải cách hành chính");
		sites.addCategory(officer, hanoi, "Thông báo");
		sites.savePage(officer, hanoi, "gioi-thieu", "Giới thiệu", """
				Trang thông tin điện tử của thành phố (bản demo) đăng tin hoạt động, thông báo, kết quả Chỉ số cải cách \
				hành chính và số liệu công khai về sự hài lòng của người dân.""");
		long reformStory = news.write(officer, new News.Draft(hanoi, cityReform,
				"Công bố kết quả Chỉ số cải cách hành chính của các phường",
				"Các phường mới được đánh giá theo bộ tiêu chí của thành phố; kết quả có ký số và ai cũng kiểm tra được.",
				"""
						<p>Hội đồng thẩm định đã hoàn thành đánh giá Chỉ số cải cách hành chính của các phường.</p>
						<h2>Xem và kiểm tra kết quả</h2>
						<ul><li>Bảng xếp hạng và khoảng thứ hạng tại mục <b>Chỉ số CCHC</b>.</li>
						<li>Tệp PDF kết quả được ký số; tải lên trang <a href="/public/verify">Kiểm tra chữ ký</a> để xác minh.</li></ul>""",
				"Hình minh họa trụ sở ủy ban", DemoFiles.illustration("Chỉ số CCHC", new Color(0x1f4e79),
						new Color(0x6fa8dc)), List.of()));
		publish(officer, reformStory, leader);
		long cuaNamNews = sites.addCategory(officer, cuaNam, "Tin hoạt động");
		sites.addCategory(officer, cuaNam, "Thông báo");
		sites.savePage(officer, cuaNam, "gioi-thieu", "Giới thiệu phường Cửa Nam", """
				Phường Cửa Nam được thành lập ngày 01/7/2025 trên cơ sở sắp xếp các phường cũ (nội dung minh họa).

				Bộ phận một cửa tiếp nhận hồ sơ từ thứ Hai đến sáng thứ Bảy.""");
		long deskStory = news.write(editor, new News.Draft(cuaNam, cuaNamNews,
				"Bộ phận một cửa phường Cửa Nam kéo dài giờ tiếp nhận vào sáng thứ Bảy",
				"", """
						Từ tháng này, bộ phận một cửa của phường tiếp nhận hồ sơ cả sáng thứ Bảy.

						Người dân có thể đánh giá sự phục vụ bằng mã QR đặt tại từng quầy.""", "", null, List.of()));
		publish(editor, deskStory, officer);
		news.write(editor, new News.Draft(cuaNam, cuaNamNews, "Phường Cửa Nam ra quân làm sạch đường phố", "", """
				Đoàn viên, thanh niên và cán bộ phường ra quân làm sạch các tuyến phố (bản nháp minh họa).""", "",
				null, List.of()));
		long waiting = news.write(editor, new News.Draft(cuaNam, cuaNamNews,
				"Lịch tiếp công dân của Chủ tịch UBND phường tháng tới", "", """
						Chủ tịch UBND phường tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở (chờ duyệt).""", "",
				null, List.of()));
		news.submit(editor, waiting);
		long hoanKiemNews = sites.addCategory(officer, hoanKiem, "Tin hoạt động");
		long scheduled = news.write(head, new News.Draft(hoanKiem, hoanKiemNews,
				"Phường Hoàn Kiếm tổ chức đối thoại với người dân về thủ tục hành chính", "", """
						Phường tổ chức đối thoại với người dân về thủ tục đất đai và hộ tịch (hẹn đăng sáng mai).""", "",
				null, List.of()));
		news.submit(head, scheduled);
		news.approve(officer, scheduled, LocalDate.now(clock).plusDays(1).atTime(LocalTime.of(7, 0))
			.atZone(VietnameseDates.VIETNAM).toOffsetDateTime());
	}

	private void publish(Viewer writer, long id, Viewer reviewer) {
		news.submit(writer, id);
		news.approve(reviewer, id, null);
	}

	private Viewer viewer(String user, String name, Role role, long unit) {
		return new Viewer(user, name, role, unit, units.pathOf(unit), null, false);
	}

	void load(long hanoi) {
		Viewer officer = new Viewer("demo-officer", "Cán bộ Sở Nội vụ (demo)", Role.HOME_AFFAIRS_OFFICER, hanoi,
				units.pathOf(hanoi), null, false);
		LocalDate today = LocalDate.now(clock);
		long poll = polls.create(officer, new Polls.NewPoll(hanoi,
				"Theo bạn Hà Nội có nên xây dựng thành phố thông minh hay không?", List.of("Có", "Không", "Chưa có ý kiến"),
				today.minusDays(7), today.plusDays(30), Polls.Integrity.BROWSER, Polls.ResultsShown.AFTER_VOTE));
		List<Polls.Option> options = polls.view(poll, null).options();
		for (int i = 0; i < 40; i++) { // invented demo votes, as if from forty browsers
			polls.vote(poll, "demo:" + i, false, options.get(i % 7 < 5 ? 0 : i % 7 == 5 ? 1 : 2).id());
		}
	}
}
