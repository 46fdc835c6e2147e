package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.WebSession;

/**
 * A database outage answers 503 with Retry-After on every page and API read, within one connection timeout, and the
 * node serves again by itself once the database is back. The outage is real: the embedded postmaster is frozen
 * (SIGSTOP, so new connections hang as they would behind a dead network) and its backends are killed, which breaks
 * every pooled connection; then it is thawed and recovers from the crash on its own.
 */
class DatabaseOutageIntegrationTests extends IntegrationTestSupport {

	@Autowired org.springframework.context.ApplicationContext context;

	@Test
	void anOutageIs503EverywhereAndHealsWithoutAHuman() throws Exception {
		WebSession web = new WebSession(baseUrl());
		assertThat(web.get("/public/news").statusCode()).isEqualTo(200);
		try (AutoCloseable outage = DatabaseOutages.begin(context)) {
			for (String path : new String[] { "/public/news", "/login", "/public/reform-index", "/sitemap.xml" }) {
				long started = System.nanoTime();
				HttpResponse<String> page = web.get(path);
				assertThat(page.statusCode()).as(path).isEqualTo(503);
				assertThat(page.headers().firstValue("Retry-After")).as(path).isPresent();
				assertThat(page.body()).as(path).contains("Hệ thống tạm gián đoạn");
				assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).as(path).isLessThan(8_000);
			}
			HttpResponse<String> api = web.get("/api/v1/org-units");
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(api.headers().firstValue("Retry-After")).isPresent();
		}
		org.awaitility.Awaitility.await("served again without a restart of the node").atMost(60, TimeUnit.SECONDS)
			.pollInterval(250, TimeUnit.MILLISECONDS).until(() -> web.get("/public/news").statusCode() == 200);
		for (int i = 0; i < 5; i++) {
			assertThat(web.get("/api/v1/org-units").statusCode()).isEqualTo(200);
		}
	}
}
