package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.congvu.IntegrationTestSupport;

/**
 * The data centre's view: a real Prometheus server (Debian's {@code prometheus}) scrapes {@code /actuator/prometheus}
 * every second, and our own series are queried back from it through its HTTP API. The endpoint itself answers only
 * to the listed addresses: a citizen's request relayed by the proxy on this machine is refused with 404.
 */
class PrometheusScrapeIntegrationTests extends IntegrationTestSupport {

	private final HttpClient http = HttpClient.newHttpClient();
	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void metricsAreReadOnlyFromTheListedAddresses() throws Exception {
		HttpResponse<String> local = get("http://127.0.0.1:" + port + "/actuator/prometheus", null);
		assertThat(local.statusCode()).isEqualTo(200);
		assertThat(local.body()).contains("congvu_public_writes_total").contains("congvu_group_commit_queued")
			.contains("congvu_sign_ins_total").contains("application=\"congvu\"");
		HttpResponse<String> relayed = get("http://127.0.0.1:" + port + "/actuator/prometheus", "203.0.113.7");
		assertThat(relayed.statusCode()).as("a client the trusted proxy names is not the Prometheus server")
			.isEqualTo(404);
		assertThat(relayed.body()).doesNotContain("congvu_");
	}

	@Test
	void aRealPrometheusScrapesOurSeries() throws Exception {
		Path prometheus = Path.of("/usr/bin/prometheus");
		if (!Files.isExecutable(prometheus)) {
			MissingTool.skipOrFail("The metrics test needs a Prometheus server (apt-get install prometheus)");
		}
		HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
				+ "/api/v1/feedback")).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"servicePoint\":\"no-such-point\",\"answers\":{}}")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isBetween(400, 499);

		Path dir = Files.createTempDirectory("congvu-prometheus");
		int prometheusPort = freePort();
		Files.writeString(dir.resolve("prometheus.yml"), """
				global:
				  scrape_interval: 1s
				scrape_configs:
				  - job_name: congvu
				    metrics_path: /actuator/prometheus
				    static_configs:
				      - targets: ['127.0.0.1:%d']
				""".formatted(port));
		Process server = new ProcessBuilder(prometheus.toString(), "--config.file=" + dir.resolve("prometheus.yml"),
				"--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + prometheusPort)
			.redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
		try {
			String query = "congvu_public_writes_total{kind=\"rating\",outcome=\"refused\",job=\"congvu\"}";
			JsonNode result = waitForSeries(prometheusPort, query, Duration.ofSeconds(60));
			assertThat(result.size()).as("one series: %s", result).isEqualTo(1);
			assertThat(result.get(0).get("metric").get("application").asString()).isEqualTo("congvu");
			assertThat(Double.parseDouble(result.get(0).get("value").get(1).asString())).isGreaterThanOrEqualTo(1);
			JsonNode up = waitForSeries(prometheusPort, "up{job=\"congvu\"}", Duration.ofSeconds(10));
			assertThat(up.get(0).get("value").get(1).asString()).isEqualTo("1");
		}
		finally {
			server.destroy();
			server.waitFor();
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/** The query's result vector from Prometheus once it has a sample, polled until {@code within} has passed. */
	private JsonNode waitForSeries(int prometheusPort, String query, Duration within) {
		String url = "http://127.0.0.1:" + prometheusPort + "/api/v1/query?query="
				+ URLEncoder.encode(query, StandardCharsets.UTF_8);
		return org.awaitility.Awaitility.await("Prometheus answers " + query).atMost(within)
			.pollInterval(Duration.ofMillis(250)).ignoreException(IOException.class)
			.until(() -> {
				HttpResponse<String> answer = get(url, null);
				return answer.statusCode() == 200 ? json.readTree(answer.body()).get("data").get("result") : null;
			}, result -> result != null && !result.isEmpty());
	}

	private HttpResponse<String> get(String url, String forwardedFor) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
