package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.TestAccounts;
import vn.congvu.WebSession;

/** Sign-in, throttling, CSRF, headers and database-stored sessions, over real HTTP. */
class SecurityIntegrationTests extends IntegrationTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void pagesNeedSigningInAndSessionsLiveInTheDatabase() {
		WebSession web = new WebSession(baseUrl());
		HttpResponse<String> anonymous = web.get("/staff");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		String user = testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null);
		HttpResponse<String> signedIn = web.signIn(user, TestAccounts.PASSWORD);
		assertThat(signedIn.headers().firstValue("Location")).as("back to the page that asked for signing in")
			.hasValueSatisfying(l -> assertThat(l).endsWith("/staff"));
		assertThat(web.get("/staff").statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from platform.spring_session where principal_name = :u").param("u", user)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
		String user = testAccounts.create(Role.STAFF, null);
		WebSession web = new WebSession(baseUrl());
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			assertThat(web.signIn(user, "wrong-password").headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		}
		assertThat(web.signIn(user, TestAccounts.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
		assertThat(web.get("/staff").statusCode()).isEqualTo(302);
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() {
		WebSession web = new WebSession(baseUrl());
		web.signIn(testAccounts.create(Role.ADMINISTRATOR, null), TestAccounts.PASSWORD);
		HttpResponse<String> response = web.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/audit/verify"))
			.POST(HttpRequest.BodyPublishers.noBody()).build());
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void administrationIsForAdministratorsOnly() {
		WebSession web = new WebSession(baseUrl());
		web.signIn(testAccounts.create(Role.LEADER, null), TestAccounts.PASSWORD);
		assertThat(web.get("/admin/audit").statusCode()).isEqualTo(403);
		assertThat(web.get("/admin/audit").body()).doesNotContain("Exception");
	}

	@Test
	void responsesCarrySecurityHeaders() {
		HttpResponse<String> login = new WebSession(baseUrl()).get("/login");
		assertThat(login.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
		assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(login.body()).contains("Đăng nhập").contains("lang=\"vi\"");
	}
}
