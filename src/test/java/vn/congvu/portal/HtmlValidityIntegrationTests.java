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
 * The Nu HTML Checker (vnu.jar, fetched by {@code ./congvu test}) finds no error on the public pages, none on the
 * portal's pages for an editor and for a city officer, and none on the account pages. Pages are saved under {@code target/html-check/} and checked
 * in one run of the checker.
 */
class HtmlValidityIntegrationTests extends IntegrationTestSupport {

	private static final Path VNU = Path.of(".cache", "vnu", "vnu.jar");
	private static final Path OUT = Path.of("target", "html-check");

	@Autowired OrgUnitQueries units;
	@Autowired JdbcClient jdbc;

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
		pages.add(save("officer", "/portal/polls", officer.get("/portal/polls").body()));
		pages.add(save("officer", "/account/password", officer.get("/account/password").body()));
		WebSession administrator = new WebSession(baseUrl());
		administrator.signIn(testAccounts.create(Role.ADMINISTRATOR, null), TestAccounts.PASSWORD);
		pages.add(save("administrator", "/admin/accounts", administrator.get("/admin/accounts").body()));

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

	private static Path save(String who, String path, String html) throws IOException {
		assertThat(html).as(path + " as " + who).contains("<!DOCTYPE html>");
		Path file = OUT.resolve(who + path.replaceAll("[^A-Za-z0-9]+", "_") + ".html");
		Files.writeString(file, html);
		return file;
	}
}
