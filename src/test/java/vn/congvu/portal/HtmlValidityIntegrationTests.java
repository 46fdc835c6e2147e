package vn.congvu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.TestAccounts;
import vn.congvu.WebSession;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;

/**
 * The Nu HTML Checker (vnu.jar, fetched by {@code ./congvu test}) finds no error on the public pages, on the portal's
 * pages of an editor and an officer, and on every page (those with a record id opened on a record of the demo,
 * {@link vn.congvu.PagesToCheck}) as each role sees it (administrator, leader, officer, inspector, unit head, staff
 * member, editor). Pages are saved under {@code target/html-check/} and checked
 * in one run of the checker.
 */
class HtmlValidityIntegrationTests extends IntegrationTestSupport {

	private static final Path VNU = Path.of(".cache", "vnu", "vnu.jar");
	private static final Path OUT = Path.of("target", "html-check");

	@Autowired OrgUnitQueries units;
	@Autowired JdbcClient jdbc;
	@Autowired vn.congvu.feedback.HarassmentReports reports;

	@Test
	void publicAndPortalPagesHaveNoHtmlErrors() throws Exception {
		if (!Files.exists(VNU)) {
			String message = "vnu.jar is missing at " + VNU + " (./congvu test fetches it from npm)";
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException(message);
			}
			System.err.println("\n*** SKIPPING HTML CHECKS: " + message + " ***\n");
			Assumptions.abort(message);
		}
		if (Files.exists(OUT)) {
			try (var old = Files.list(OUT)) {
				for (Path file : old.toList()) {
					Files.delete(file);
				}
			}
		}
		Files.createDirectories(OUT);
		long cuaNam = units.byCode("00082", LocalDate.of(2025, 7, 1)).id();
		long article = jdbc.sql("select min(id) from portal.article where unit_id = :u").param("u", cuaNam)
			.query(Long.class).single();
		List<Path> pages = new ArrayList<>();
		WebSession anonymous = new WebSession(baseUrl());
		for (String path : List.of("/login", "/public/sites", "/public/sites/1", "/public/sites/2",
				"/public/sites/" + cuaNam, "/public/sites/1/pages/gioi-thieu", "/public/news", "/public/news?q=hang+bac",
				"/public/news/1", "/public/news/2", "/public/news/987654321", "/public/figures", "/public/polls",
				"/public/polls/1", "/public/verify", "/public/contacts", "/public/good-examples", "/public/reform-index")) {
			pages.add(save("anonymous", path, anonymous.get(path).body()));
		}
		WebSession editor = new WebSession(baseUrl());
		editor.signIn(testAccounts.create(Role.EDITOR, cuaNam), TestAccounts.PASSWORD);
		WebSession officer = new WebSession(baseUrl());
		officer.signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null), TestAccounts.PASSWORD);
		for (String path : List.of("/portal/news", "/portal/news?state=IN_REVIEW", "/portal/news/new",
				"/portal/news/" + article, "/portal/news/" + article + "/edit", "/portal/sites")) {
			pages.add(save("editor", path, editor.get(path).body()));
			pages.add(save("officer", path, officer.get(path).body()));
		}
		java.util.Map<String, WebSession> roles = new java.util.LinkedHashMap<>();
		roles.put("officer", officer);
		roles.put("editor", editor);
		for (Role role : List.of(Role.ADMINISTRATOR, Role.LEADER, Role.INSPECTOR, Role.UNIT_HEAD)) {
			WebSession session = new WebSession(baseUrl());
			session.signIn(testAccounts.create(role, role == Role.UNIT_HEAD ? cuaNam : null), TestAccounts.PASSWORD);
			roles.put(role.name().toLowerCase(java.util.Locale.ROOT), session);
		}
		long person = jdbc.sql("select staff_id from platform.account where username = 'phuongcuanam'")
			.query(Long.class).single();
		WebSession staff = new WebSession(baseUrl());
		staff.signIn(testAccounts.createFor(person, Role.STAFF, cuaNam), TestAccounts.PASSWORD);
		roles.put("staff", staff);
		int pagesOfRoles = 0;
		for (String path : vn.congvu.PagesToCheck.all(mapping, jdbc, true, reports, java.time.LocalDate.now(clock))) { // every page of every role that opens it
			for (java.util.Map.Entry<String, WebSession> role : roles.entrySet()) {
				java.net.http.HttpResponse<String> answer = role.getValue().get(path);
				if (answer.statusCode() == 200 && answer.headers().firstValue("Content-Type").orElse("")
					.startsWith("text/html")) {
					pages.add(save(role.getKey(), path, answer.body()));
					pagesOfRoles++;
				}
			}
		}
		assertThat(pagesOfRoles).as("pages opened by the signed-in roles").isGreaterThan(100);

		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", VNU.toString(), "--errors-only"));
		pages.forEach(p -> command.add(p.toString()));
		Process vnu = new ProcessBuilder(command).redirectErrorStream(true).start();
		String report = new String(vnu.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(vnu.waitFor(5, TimeUnit.MINUTES)).isTrue();
		System.out.printf("Nu HTML Checker: %d pages%n", pages.size());
		assertThat(report).as("the checker's errors").isBlank();
		assertThat(vnu.exitValue()).isZero();
	}

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mapping;

	private static Path save(String who, String path, String html) throws IOException {
		assertThat(html).as(path + " as " + who).contains("<!DOCTYPE html>");
		Path file = OUT.resolve(who + path.replaceAll("[^A-Za-z0-9]+", "_") + ".html");
		Files.writeString(file, html);
		return file;
	}
}
