package vn.congvu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Role;
import vn.congvu.platform.UploadedFile;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;

/**
 * Sites and news on PostgreSQL: the editorial workflow and who may do what, refusals that write nothing, diacritic-
 * insensitive search, archives of former units, and view counts that stay exact across threads, nodes and the page
 * cache.
 */
class NewsIntegrationTests extends IntegrationTestSupport {

	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	@Autowired News news;
	@Autowired PublishedNews published;
	@Autowired Sites sites;
	@Autowired ArticleViews views;
	@Autowired OrgUnitQueries units;
	@Autowired JdbcClient jdbc;
	@Autowired TransactionTemplate transaction;
	@Autowired AuditLog audit;

	private long cuaNam() {
		return units.byCode("00082", REFORM).id();
	}

	private long hoanKiem() {
		return units.byCode("00070", REFORM).id();
	}

	private Viewer editor(long unit) {
		return new Viewer("test-editor-" + unit, "Biên tập viên thử", Role.EDITOR, unit, units.pathOf(unit), null, false);
	}

	private long category(long unit) {
		return sites.categories(unit).get(0).id();
	}

	private long draft(long unit, String title, String body) {
		return news.write(editor(unit), new News.Draft(unit, category(unit), title, "", body, null, null, List.of()));
	}

	private long countArticles() {
		return jdbc.sql("select count(*) from portal.article").query(Long.class).single();
	}

	@Test
	void anArticleGoesFromDraftToReviewToScheduledToPublicAndOff() {
		long id = draft(cuaNam(), "Tin thử quy trình", "Đoạn một.\n\nĐoạn hai\ncó xuống dòng.");
		assertThat(news.find(editor(cuaNam()), id).bodyHtml()).isEqualTo("<p>Đoạn một.</p><p>Đoạn hai<br>có xuống dòng.</p>");
		assertThatThrownBy(() -> published.story(id)).isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> news.approve(headOf(cuaNam()), id, null)).hasMessageContaining("article.wrongState");
		news.submit(editor(cuaNam()), id);
		assertThatThrownBy(() -> news.approve(editor(cuaNam()), id, null)).isInstanceOf(NotPermittedException.class);
		OffsetDateTime tomorrow = OffsetDateTime.now(clock).plusDays(1);
		news.approve(headOf(cuaNam()), id, tomorrow);
		assertThat(news.find(editor(cuaNam()), id).state()).isEqualTo(ArticleState.SCHEDULED);
		assertThatThrownBy(() -> published.story(id)).isInstanceOf(RecordNotFoundException.class);
		assertThat(published.list(cuaNam(), null, null, 0).rows()).extracting(PublishedNews.Summary::id)
			.doesNotContain(id);
		news.unpublish(headOf(cuaNam()), id, "Đổi giờ đăng.");
		news.edit(editor(cuaNam()), id, news.find(editor(cuaNam()), id).version(), new News.Draft(cuaNam(),
				category(cuaNam()), "Tin thử quy trình (sửa)", "", "Nội dung đã sửa.", null, null, List.of()));
		news.submit(editor(cuaNam()), id);
		news.approve(headOf(cuaNam()), id, null);
		assertThat(published.story(id).title()).isEqualTo("Tin thử quy trình (sửa)");
		assertThat(published.list(cuaNam(), null, null, 0).rows()).extracting(PublishedNews.Summary::id).contains(id);
		news.unpublish(headOf(cuaNam()), id, "Thông tin đã cũ.");
		assertThatThrownBy(() -> published.story(id)).isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void aWriterNeverApprovesTheirOwnArticleAndStaleEditsAreRefused() {
		Viewer head = headOf(cuaNam());
		long id = news.write(head, new News.Draft(cuaNam(), category(cuaNam()), "Tin của thủ trưởng", "", "Nội dung.",
				null, null, List.of()));
		int version = news.find(head, id).version();
		news.edit(head, id, version, new News.Draft(cuaNam(), category(cuaNam()), "Sửa lần một", "", "Một.", null,
				null, List.of()));
		assertThatThrownBy(() -> news.edit(head, id, version, new News.Draft(cuaNam(), category(cuaNam()),
				"Sửa từ bản cũ", "", "Hai.", null, null, List.of()))).hasMessageContaining("article.changedMeanwhile");
		news.submit(head, id);
		assertThatThrownBy(() -> news.approve(head, id, null)).hasMessageContaining("article.ownArticle");
		assertThatThrownBy(() -> news.approve(scoped(cuaNam()), id,
				OffsetDateTime.now(clock).minusDays(1))).hasMessageContaining("article.publishInPast");
	}

	@Test
	void anEditorWorksOnTheSitesOfTheirScopeOnlyAndAFormerUnitsSiteIsAnArchive() {
		long other = draft(hoanKiem(), "Tin phường khác", "Nội dung.");
		assertThatThrownBy(() -> news.find(editor(cuaNam()), other)).isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> news.submit(editor(cuaNam()), other)).isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> news.write(editor(cuaNam()), new News.Draft(hoanKiem(), category(hoanKiem()), "Lấn",
				"", "Nội dung.", null, null, List.of()))).isInstanceOf(RecordNotFoundException.class);
		assertThat(news.inScope(editor(cuaNam()), null)).extracting(News.Article::unitId).containsOnly(cuaNam());
		long oldWard = units.byCode("00061", REFORM.minusDays(1)).id();
		Viewer city = scoped(units.byCode("01", REFORM).id());
		assertThatThrownBy(() -> sites.addCategory(city, oldWard, "Tin mới")).hasMessageContaining("site.archived");
		assertThat(sites.site(oldWard).archive()).isTrue();
		assertThat(sites.site(cuaNam()).archive()).isFalse();
		assertThatThrownBy(() -> news.write(new Viewer("s", "S", Role.STAFF, cuaNam(), units.pathOf(cuaNam()), null,
				false), new News.Draft(cuaNam(), category(cuaNam()), "t", "", "b", null, null, List.of())))
			.isInstanceOf(NotPermittedException.class);
	}

	@Test
	void badInputIsRefusedWithAClearMessageAndNothingIsWritten() throws Exception {
		long articles = countArticles();
		long lastAudit = audit.count();
		assertThatThrownBy(() -> draft(cuaNam(), "Thẻ chưa đóng", "<p>Xin chào <b>bà con</p>"))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("article.badHtml");
		assertThatThrownBy(() -> draft(cuaNam(), "Liên kết chưa đóng", "<p>Xem <a href=\"https://x.vn\">tại đây"))
			.hasMessageContaining("article.badHtml");
		assertThatThrownBy(() -> draft(cuaNam(), "", "Nội dung")).hasMessageContaining("article.titleRequired");
		assertThatThrownBy(() -> news.write(editor(cuaNam()), new News.Draft(cuaNam(), category(hoanKiem()), "t", "",
				"b", null, null, List.of()))).hasMessageContaining("article.categoryRequired");
		byte[] exe = new byte[4096];
		exe[0] = 'M';
		exe[1] = 'Z';
		assertThatThrownBy(() -> UploadedFile.of("anh-dep.jpg", exe)).hasMessageContaining("upload.wrongType");
		BufferedImage tiny = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(tiny, "png", out);
		byte[] huge = out.toByteArray(); // a header declaring 20,000 × 20,000 pixels, its checksum mended
		java.nio.ByteBuffer.wrap(huge, 16, 8).putInt(20_000).putInt(20_000);
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(huge, 12, 17);
		java.nio.ByteBuffer.wrap(huge, 29, 4).putInt((int) crc.getValue());
		assertThatThrownBy(() -> UploadedFile.of("anh-lon.png", huge)).hasMessageContaining("upload.tooManyPixels");
		assertThatThrownBy(() -> news.write(editor(cuaNam()), new News.Draft(cuaNam(), category(cuaNam()), "t", "",
				"b", "", photo(), List.of()))).hasMessageContaining("article.imageAltRequired");
		assertThat(countArticles()).isEqualTo(articles);
		assertThat(audit.count()).isEqualTo(lastAudit);
	}

	@Test
	void articleHtmlIsCleanedAndPicturesAreResizedForTheWeb() throws Exception {
		long id = news.write(editor(cuaNam()), new News.Draft(cuaNam(), category(cuaNam()), "Tin có ảnh", "",
				"<p onclick=\"steal()\">Chào <a href=\"javascript:alert(1)\">bạn</a> <a href=\"https://dichvucong.gov.vn\">"
						+ "dịch vụ công</a> <a href=\"/public/verify\">kiểm tra</a><script>alert(1)</script>"
						+ "<img src=\"https://x.example/t.png\"></p>",
				"Trụ sở phường", photo(), List.of()));
		String html = news.find(editor(cuaNam()), id).bodyHtml();
		assertThat(html).doesNotContain("onclick", "script", "javascript:", "<img")
			.contains("<a href=\"https://dichvucong.gov.vn\" rel=\"nofollow noopener\">dịch vụ công</a>")
			.contains("<a href=\"/public/verify\" rel=\"nofollow noopener\">kiểm tra</a>").contains("Chào bạn");
		List<int[]> sizes = jdbc.sql("select kind, content from portal.article_file where article_id = :a order by kind")
			.param("a", id).query((rs, n) -> {
				try {
					BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(rs.getBytes("content")));
					return new int[] { image.getWidth(), image.getHeight() };
				}
				catch (java.io.IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).list();
		assertThat(sizes).extracting(s -> s[0]).containsExactly(News.IMAGE_SIDE, News.THUMBNAIL_SIDE);
	}

	@Test
	void searchFindsArticlesWithOrWithoutDiacritics() {
		long id = draft(cuaNam(), "Phường Cửa Nam tổ chức Hội nghị Hàng Bạc", "Nội dung về phố Hàng Bạc.");
		news.submit(editor(cuaNam()), id);
		news.approve(headOf(cuaNam()), id, null);
		assertThat(published.list(null, null, "hang bac", 0).rows()).extracting(PublishedNews.Summary::id).contains(id);
		assertThat(published.list(null, null, "HÀNG BẠC", 0).rows()).extracting(PublishedNews.Summary::id).contains(id);
		assertThat(published.list(cuaNam(), null, "cua nam hoi nghi", 0).rows()).isEmpty();
		assertThat(published.list(cuaNam(), null, "cua nam to chuc", 0).rows()).extracting(PublishedNews.Summary::id)
			.contains(id);
		assertThat(published.list(null, null, "50%_\\", 0).rows()).isEmpty();
	}

	@Test
	void viewsStayExactAcrossThreadsAndTwoNodes() throws Exception {
		long id = publishedArticle("Tin đếm lượt xem");
		views.flush();
		long before = views.views(id);
		ArticleViews otherNode = new ArticleViews(jdbc, transaction, clock, 1000);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> done = new java.util.ArrayList<>();
			for (int t = 0; t < 8; t++) {
				boolean second = t % 2 == 1;
				done.add(pool.submit(() -> {
					for (int i = 0; i < 1_000; i++) {
						(second ? otherNode : views).count(id);
						if (i % 250 == 0) {
							(second ? otherNode : views).flush();
						}
					}
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(views.views(id)).isBetween(before + 4_000, before + 8_000);
		views.flush();
		otherNode.flush();
		views.flush();
		assertThat(views.views(id)).isEqualTo(before + 8_000);
		assertThat(otherNode.views(id)).isEqualTo(before + 8_000);
		assertThat(jdbc.sql("select count(*) from portal.article_view_day where article_id = :a").param("a", id)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void everyPageViewCountsOnceBehindThePageCache() throws Exception {
		long id = publishedArticle("Tin sau bộ nhớ đệm");
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest get = HttpRequest.newBuilder(URI.create(baseUrl() + "/public/news/" + id)).build();
		long first = shownViews(http.send(get, HttpResponse.BodyHandlers.ofString()).body());
		for (int i = 1; i <= 5; i++) { // the first answer filled the cache: these come from it
			HttpResponse<String> page = http.send(get, HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
			assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
			assertThat(shownViews(page.body())).isEqualTo(first + i);
		}
		views.flush();
		assertThat(jdbc.sql("select sum(views) from portal.article_view_day where article_id = :a").param("a", id)
			.query(Long.class).single()).isEqualTo(first + 5);
		HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/public/news/987654321"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(missing.statusCode()).isEqualTo(404);
	}

	@Test
	void feedsListPublicArticlesOnlyAsWellFormedXml() throws Exception {
		long shown = publishedArticle("Tin trong luồng tin & <RSS>");
		long hidden = draft(cuaNam(), "Bản nháp không có trong luồng tin", "Nội dung.");
		HttpClient http = HttpClient.newHttpClient();
		for (String feed : List.of("/public/news/feed.rss", "/public/news/feed.atom?site=" + cuaNam())) {
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + feed)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).isEqualTo(200);
			org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new org.xml.sax.InputSource(new java.io.StringReader(answer.body())));
			assertThat(xml.getDocumentElement().getTextContent()).contains("Tin trong luồng tin & <RSS>")
				.doesNotContain("Bản nháp không có trong luồng tin");
			assertThat(answer.body()).contains("/public/news/" + shown).doesNotContain("/public/news/" + hidden + "<");
		}
	}

	private long publishedArticle(String title) {
		long id = draft(cuaNam(), title, "Nội dung.");
		news.submit(editor(cuaNam()), id);
		news.approve(headOf(cuaNam()), id, null);
		return id;
	}

	private static long shownViews(String html) {
		Matcher m = Pattern.compile("id=\"views\">([0-9.,]+)<").matcher(html);
		assertThat(m.find()).as("the page shows its views").isTrue();
		return Long.parseLong(m.group(1).replace(".", "").replace(",", ""));
	}

	private static UploadedFile photo() throws Exception {
		BufferedImage image = new BufferedImage(2400, 1600, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return UploadedFile.of("tru-so.jpg", out.toByteArray());
	}
}
