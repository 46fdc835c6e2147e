package vn.congvu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.portal.ArticleViews;

/**
 * Trust, round two: each test failed on the product before this round and passes now. Rights that default to "no"
 * (a portal editor reads nobody's evaluation), no 500 from a client's mistakes (tampered form tokens, parallel posts
 * in one session), one public address (a foreign Host never reaches a page or the page cache), errors as pages in
 * the reader's language, and sign-in limits that a stranger cannot turn against a user.
 */
class TrustRoundTwoIntegrationTests extends IntegrationTestSupport {

	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	@Autowired JdbcClient jdbc;
	@Autowired OrgUnitQueries units;
	@Autowired ArticleViews views;
	@Autowired vn.congvu.portal.Polls polls;
	@Autowired javax.sql.DataSource dataSource;
	@Autowired vn.congvu.platform.AccountAdministration accountAdministration;

	private long cuaNam() {
		return units.byCode("00082", REFORM).id();
	}

	@Test
	void aPortalEditorReadsNoScorecardNorCalibrationNorSatisfaction() {
		long card = jdbc.sql("select min(id) from evaluation.scorecard where unit_id = :u").param("u", cuaNam())
			.query(Long.class).single();
		WebSession editor = new WebSession(baseUrl());
		editor.signIn(testAccounts.create(Role.EDITOR, cuaNam()), TestAccounts.PASSWORD);
		assertThat(editor.get("/evaluation/scorecards/" + card).statusCode()).isEqualTo(404);
		assertThat(editor.get("/evaluation/units/" + cuaNam() + "/calibration").statusCode()).isIn(403, 404);
		assertThat(editor.get("/feedback").statusCode()).isEqualTo(403);
		assertThat(editor.get("/portal/news").statusCode()).as("what an editor does").isEqualTo(200);
		WebSession head = new WebSession(baseUrl());
		head.signIn(testAccounts.create(Role.UNIT_HEAD, cuaNam()), TestAccounts.PASSWORD);
		assertThat(head.get("/evaluation/scorecards/" + card).statusCode()).as("a head reads the unit's cards")
			.isEqualTo(200);
	}

	@Test
	void aTamperedFormTokenIsRefusedWith403NeverA500() {
		WebSession web = new WebSession(baseUrl());
		String page = web.get("/login").body();
		assertThat(page).contains("name=\"_csrf\"");
		for (int i = 0; i < 20; i++) {
			byte[] random = new byte[72]; // the length of a real masked token, which does not decode to text
			ThreadLocalRandom.current().nextBytes(random);
			String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			HttpResponse<String> login = web.send(form("/login", "_csrf=" + token + "&username=admin&password=x"));
			assertThat(login.statusCode()).isEqualTo(403);
			HttpResponse<String> report = web.send(form("/public/reports", "_csrf=" + token + "&text=x"));
			assertThat(report.statusCode()).isEqualTo(403);
		}
	}

	@Test
	void twentyParallelPostsInOneSessionGiveNo500() throws Exception {
		WebSession officer = new WebSession(baseUrl());
		officer.signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null), TestAccounts.PASSWORD);
		long article = jdbc.sql("select min(id) from portal.article").query(Long.class).single();
		String token = officer.csrfFrom("/portal/news/" + article);
		List<Thread> threads = new ArrayList<>();
		List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
		for (int i = 0; i < 20; i++) {
			threads.add(Thread.ofVirtual().start(() -> statuses.add(officer.send(form("/portal/news/" + article
					+ "/return", "_csrf=" + token + "&note=Xin+sửa+lại+tiêu+đề")).statusCode())));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		assertThat(statuses).hasSize(20).allMatch(status -> status < 500, "no 5xx");
		assertThat(officer.get("/portal/news").statusCode()).isEqualTo(200);
	}

	@Test
	void aForeignHostNeverReachesAPageTheCacheOrTheMachineReadableFiles() throws IOException {
		long article = jdbc.sql("select min(id) from portal.article where state = 'SCHEDULED' and publish_at <= :now")
			.param("now", java.time.OffsetDateTime.now(clock)).query(Long.class)
			.single();
		for (String path : List.of("/public/news/" + article, "/sitemap.xml", "/robots.txt", "/public/news/feed.rss",
				"/public/news/feed.atom")) {
			assertThat(raw("GET", path, "Host: attacker.invalid")).doesNotContain("attacker.invalid");
			assertThat(raw("GET", path, "X-Forwarded-Host: attacker.invalid")).doesNotContain("attacker.invalid");
		}
		WebSession visitor = new WebSession(baseUrl());
		String page = visitor.get("/public/news/" + article).body();
		assertThat(page).doesNotContain("attacker.invalid")
			.contains("<link rel=\"canonical\" href=\"http://localhost:" + port + "/public/news/" + article + "\">");
		assertThat(visitor.get("/public/news/feed.atom").body())
			.containsPattern("<updated>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00</updated>");
		assertThat(visitor.get("/sitemap.xml").body()).contains("/public/polls/").contains("/public/reform-index/")
			.contains("<lastmod>");
		assertThat(visitor.get("/robots.txt").body()).contains("Allow: /css/").contains("Allow: /js/");
		String favicon = page.replaceAll("(?s).*<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"([^\"]+)\".*", "$1");
		assertThat(favicon).startsWith("/favicon");
		assertThat(visitor.get(favicon).statusCode()).as("the icon answers a visitor").isEqualTo(200);
	}

	@Test
	void aUnitHeadsAccountNamesItsPerson() {
		vn.congvu.platform.AccountAdministration admin = accountAdministration;
		assertThatThrownBy(() -> admin.create(vn.congvu.platform.Viewer.system(),
				new vn.congvu.platform.AccountAdministration.NewAccount("truong.phong.moi", "Trưởng phòng mới",
						Role.UNIT_HEAD, cuaNam(), "")))
			.isInstanceOf(vn.congvu.shared.InvalidInputException.class).hasMessage("account.staffRequired");
		assertThat(jdbc.sql("select count(*) from platform.account where username = 'truong.phong.moi'")
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select staff_id is not null from platform.account where username = 'phuonghoankiem'")
			.query(Boolean.class).single()).as("the demo's heads are linked").isTrue();
	}

	@Test
	void aHeadRequestIsNoView() throws IOException {
		long article = jdbc.sql("select min(id) from portal.article where state = 'SCHEDULED' and publish_at <= :now")
			.param("now", java.time.OffsetDateTime.now(clock)).query(Long.class)
			.single();
		long before = views.views(article);
		for (int i = 0; i < 5; i++) {
			assertThat(raw("HEAD", "/public/news/" + article, "Accept: text/html")).startsWith("HTTP/1.1 200");
		}
		assertThat(views.views(article)).isEqualTo(before);
		new WebSession(baseUrl()).get("/public/news/" + article);
		assertThat(views.views(article)).isEqualTo(before + 1);
	}

	@Test
	void errorsArePagesInTheReadersLanguageWithEveryPlaceholderFilled() {
		WebSession web = new WebSession(baseUrl());
		web.signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null), TestAccounts.PASSWORD);
		HttpResponse<String> unknown = web.get("/khong-co-trang-nay");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
			.startsWith("text/html"));
		assertThat(unknown.body()).contains("<title>").contains("Không tìm thấy trang").doesNotContain("{0}");
		HttpResponse<String> badId = web.get("/units/abc");
		assertThat(badId.statusCode()).isEqualTo(400);
		assertThat(badId.body()).contains("Yêu cầu không hợp lệ").doesNotContain("Failed to convert");
		HttpResponse<String> wrongMethod = web.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/units"))
			.method("DELETE", HttpRequest.BodyPublishers.noBody()).build());
		assertThat(wrongMethod.statusCode()).isIn(403, 405);
		assertThat(wrongMethod.body()).doesNotContain("[GET]").contains("<html");
		HttpResponse<String> english = web.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/khong-co-trang-nay"))
			.header("Cookie", "congvu-lang=en").build());
		assertThat(english.body()).contains("Page not found");
		HttpResponse<String> api = web.get("/api/v1/khong-co");
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
			.startsWith("application/problem+json"));
		assertThat(api.body()).contains("\"status\":404").doesNotContain("{0}").doesNotContain("{1}");
	}

	@Test
	void failedSignInsLockTheAccountOnlyForTheirClientAndAGuessingClientIsHeld() {
		String username = testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null);
		WebSession stranger = new WebSession(baseUrl());
		for (int i = 0; i < 5; i++) {
			stranger.send(signInFrom("10.20.30.40", stranger, username, "mat-khau-sai-" + i));
		}
		assertThat(stranger.send(signInFrom("10.20.30.40", stranger, username, TestAccounts.PASSWORD)).headers()
			.firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
		WebSession owner = new WebSession(baseUrl());
		assertThat(owner.send(signInFrom("10.20.30.41", owner, username, TestAccounts.PASSWORD)).headers()
			.firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));

		jdbc.sql("""
				insert into platform.sign_in_failure (username, client, failures, last_failed_at)
				select 'thu-' || n, '10.20.30.99', 1, :now from generate_series(1, 30) n""")
			.param("now", java.time.OffsetDateTime.now(clock)).update(); // the application's clock, fixed in CI
		WebSession guesser = new WebSession(baseUrl());
		HttpResponse<String> held = guesser.send(signInFrom("10.20.30.99", guesser, username, TestAccounts.PASSWORD));
		assertThat(held.statusCode()).isEqualTo(429);
		assertThat(held.headers().firstValue("Retry-After")).isPresent();
		assertThat(held.body()).contains("Quá nhiều yêu cầu");
	}

	@Test
	void aPublicVoteLeavesNoSessionAVoteWithoutTokenCountsNothingAndSignInPollsWorkSignedIn() throws Exception {
		long hanoi = units.byCode("01", LocalDate.of(2019, 1, 1)).id();
		vn.congvu.platform.Viewer officer = new vn.congvu.platform.Viewer("test-portal", "Test",
				Role.HOME_AFFAIRS_OFFICER, hanoi, units.pathOf(hanoi), null, false);
		LocalDate today = LocalDate.now(clock);
		long browserPoll = polls.create(officer, new vn.congvu.portal.Polls.NewPoll(hanoi, "Mở cửa sáng thứ Bảy?",
				List.of("Có", "Không"), today.minusDays(1), today.plusDays(5), vn.congvu.portal.Polls.Integrity.BROWSER,
				vn.congvu.portal.Polls.ResultsShown.AFTER_VOTE));
		long option = polls.view(browserPoll, null).options().get(0).id();
		long sessions = jdbc.sql("select count(*) from platform.spring_session").query(Long.class).single();

		WebSession citizen = new WebSession(baseUrl());
		HttpResponse<String> voted = citizen.postForm("/public/polls/" + browserPoll + "/votes",
				"/public/polls/" + browserPoll, "optionId", String.valueOf(option));
		assertThat(voted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("?outcome=voted"));
		assertThat(votes(browserPoll)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from platform.spring_session").query(Long.class).single())
			.as("a citizen's vote leaves no session behind").isEqualTo(sessions);

		WebSession dropsTheCookie = new WebSession(baseUrl());
		String token = dropsTheCookie.csrfFrom("/public/polls/" + browserPoll);
		HttpResponse<String> refused = java.net.http.HttpClient.newBuilder()
			.followRedirects(java.net.http.HttpClient.Redirect.NEVER).build().send(HttpRequest.newBuilder(URI.create(
					baseUrl() + "/public/polls/" + browserPoll + "/votes"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", "CONGVU-FORM=" + dropsTheCookie.cookie("CONGVU-FORM")) // the voter token dropped
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&optionId=" + option)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
			.endsWith("?outcome=poll.noToken"));
		assertThat(votes(browserPoll)).isEqualTo(1);

		long signInPoll = polls.create(officer, new vn.congvu.portal.Polls.NewPoll(hanoi, "Họp giao ban trực tuyến?",
				List.of("Có", "Không"), today.minusDays(1), today.plusDays(5), vn.congvu.portal.Polls.Integrity.SIGNED_IN,
				vn.congvu.portal.Polls.ResultsShown.AFTER_VOTE));
		assertThat(new WebSession(baseUrl()).get("/public/polls/" + signInPoll).body()).contains("id=\"sign-in-to-vote\"")
			.doesNotContain("id=\"vote-form\"");
		WebSession officerSession = new WebSession(baseUrl());
		officerSession.signIn(testAccounts.create(Role.STAFF, cuaNam()), TestAccounts.PASSWORD);
		long signInOption = polls.view(signInPoll, null).options().get(1).id();
		officerSession.postForm("/polls/" + signInPoll + "/votes", "/polls/" + signInPoll, "optionId",
				String.valueOf(signInOption));
		assertThat(votes(signInPoll)).isEqualTo(1);
	}

	@Test
	void publishedResultsFinalScoresAndIssuedDecisionsStayAsTheyWereEvenForTheApplication() throws Exception {
		assertThatThrownBy(() -> jdbc.sql("update reformindex.publication set sha256 = sha256").update())
			.rootCause().hasMessageContaining("never changed or removed");
		assertThatThrownBy(() -> jdbc.sql("delete from reformindex.publication").update())
			.rootCause().hasMessageContaining("never changed or removed");
		assertThatThrownBy(() -> jdbc.sql("""
				update reformindex.score set appraised_points = appraised_points where assessment_id in
				  (select id from reformindex.assessment where finalized_at is not null)""").update())
			.rootCause().hasMessageContaining("final result");
		long session = jdbc.sql("select min(id) from emulation.session").query(Long.class).single();
		try (java.sql.Connection db = dataSource.getConnection()) { // one transaction, rolled back: leaves nothing
			db.setAutoCommit(false);
			try {
				java.sql.PreparedStatement insert = db.prepareStatement("""
						insert into emulation.decision (number, signed_on, issuer, signer_title, signer_name, session_id,
						  base_salary, created_by, created_at)
						values ('THU-1', ?, 'Ủy ban nhân dân phường Cửa Nam', 'Chủ tịch', 'Người ký thử', ?,
						  2340000, 'test', ?) returning id""");
				insert.setObject(1, java.time.LocalDate.now(clock)); // the application's day, never the server's
				insert.setLong(2, session);
				insert.setObject(3, java.time.OffsetDateTime.now(clock));
				java.sql.ResultSet row = insert.executeQuery();
				row.next();
				long decision = row.getLong(1);
				assertThat(db.createStatement().executeUpdate("update emulation.decision set pdf = '\\x25504446', "
						+ "pdf_sha256 = repeat('0', 64) where id = " + decision)).as("signed once").isEqualTo(1);
				for (String change : List.of("update emulation.decision set pdf = '\\x00' where id = " + decision,
						"update emulation.decision set signer_name = 'Người khác' where id = " + decision,
						"delete from emulation.decision where id = " + decision)) {
					java.sql.Savepoint before = db.setSavepoint();
					assertThatThrownBy(() -> db.createStatement().executeUpdate(change)).as(change)
						.hasMessageContaining("never changed or removed");
					db.rollback(before);
				}
			}
			finally {
				db.rollback();
			}
		}
	}

	private long votes(long poll) {
		return jdbc.sql("select count(*) from portal.poll_vote where poll_id = :p").param("p", poll).query(Long.class)
			.single();
	}

	private HttpRequest signInFrom(String client, WebSession session, String username, String password) {
		String token = session.csrfFrom("/login");
		return HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", client)
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&username=" + username + "&password="
					+ java.net.URLEncoder.encode(password, StandardCharsets.UTF_8)))
			.build();
	}

	private HttpRequest form(String path, String body) {
		return HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
	}

	/** A request written by hand, so that its Host (which Java's client will not let a caller set) is ours. */
	private String raw(String method, String path, String header) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			String host = header.startsWith("Host:") ? header : "Host: localhost:" + port + "\r\n" + header;
			out.write((method + " " + path + " HTTP/1.1\r\n" + host + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
