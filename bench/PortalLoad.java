import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends an exact number of requests to one or more Congvu nodes in turn, a fixed number at a time, and prints how
 * many got each status, so that a benchmark can check counts exactly (wrk stops mid-request; this does not).
 *
 * java PortalLoad.java views URLS PATH COUNT CONCURRENCY: GET PATH (an article page) COUNT times.
 * java PortalLoad.java votes URLS POLL_ID OPTION_ID COUNT CONCURRENCY: COUNT new voters vote once each, then the
 * first tenth of them try again with the token they were given (each must be refused).
 */
public class PortalLoad {

	public static void main(String[] args) throws Exception {
		String[] urls = args[1].split(",");
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
		boolean votes = args[0].equals("votes");
		int count = Integer.parseInt(votes ? args[4] : args[3]);
		int concurrency = Integer.parseInt(votes ? args[5] : args[4]);
		String[] tokens = new String[count];
		long started = System.nanoTime();
		run(count, concurrency, i -> {
			String base = urls[i % urls.length];
			HttpRequest request = votes
					? HttpRequest.newBuilder(URI.create(base + "/api/v1/polls/" + args[2] + "/votes"))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString("{\"optionId\":" + args[3] + "}")).build()
					: HttpRequest.newBuilder(URI.create(base + args[2])).build();
			HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
			statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicLong()).incrementAndGet();
			if (votes && answer.statusCode() == 201) {
				tokens[i] = answer.body().replaceAll(".*\"voterToken\":\"([^\"]+)\".*", "$1");
			}
		});
		double seconds = (System.nanoTime() - started) / 1e9;
		Map<Integer, AtomicLong> again = new ConcurrentHashMap<>();
		if (votes) {
			int retries = count / 10;
			run(retries, concurrency, i -> {
				String base = urls[(i + 1) % urls.length]; // the other node
				HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/polls/"
						+ args[2] + "/votes")).header("Content-Type", "application/json")
					.header("Voter-Token", tokens[i] == null ? "" : tokens[i])
					.POST(HttpRequest.BodyPublishers.ofString("{\"optionId\":" + args[3] + "}")).build(),
						HttpResponse.BodyHandlers.ofString());
				again.computeIfAbsent(answer.statusCode(), s -> new AtomicLong()).incrementAndGet();
			});
		}
		System.out.printf("sent=%d ok=%d other=%d seconds=%.1f per_s=%.0f second_votes=%d second_refused=%d%n", count,
				statuses.getOrDefault(votes ? 201 : 200, new AtomicLong()).get(),
				count - statuses.getOrDefault(votes ? 201 : 200, new AtomicLong()).get(), seconds, count / seconds,
				count / 10 * (votes ? 1 : 0), again.getOrDefault(409, new AtomicLong()).get());
	}

	interface Task {
		void run(int i) throws Exception;
	}

	private static void run(int count, int concurrency, Task task) throws InterruptedException {
		Semaphore slots = new Semaphore(concurrency);
		try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < count; i++) {
				slots.acquire();
				int n = i;
				pool.submit(() -> {
					try {
						task.run(n);
					}
					catch (Exception ex) {
						System.err.println(ex);
					}
					finally {
						slots.release();
					}
				});
			}
		}
	}
}
