import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for POST /api/v1/feedback (run with: java bench/FeedbackLoad.java ...). Closed loop at a fixed
 * concurrency, or open loop at a fixed rate (--rate). Prints accepted ratings per second and latency percentiles;
 * with --ids it appends the id of every 201 to a file as soon as it arrives (for the crash test).
 */
public class FeedbackLoad {

	private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new TreeMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		String url = options.getOrDefault("url", "http://localhost:8080/api/v1/feedback");
		int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "32"));
		double seconds = Double.parseDouble(options.getOrDefault("seconds", "20"));
		double rate = Double.parseDouble(options.getOrDefault("rate", "0"));
		String[] points = options.getOrDefault("points", "P00070-1,P00070-2,P00082-1,P00082-2").split(",");
		Path idsFile = options.containsKey("ids") ? Path.of(options.get("ids")) : null;

		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
		AtomicLong accepted = new AtomicLong();
		Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
		long[] latencies = new long[10_000_000];
		AtomicLong recorded = new AtomicLong();
		PrintWriter ids = idsFile == null ? null : new PrintWriter(Files.newBufferedWriter(idsFile));
		long start = System.nanoTime();
		long end = start + (long) (seconds * 1e9);

		Runnable one = () -> {
			String body = "{\"servicePoint\":\"" + points[ThreadLocalRandom.current().nextInt(points.length)]
					+ "\",\"answers\":{" + answers() + "},\"clientRef\":\"" + UUID.randomUUID() + "\"}";
			HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
			long t0 = System.nanoTime();
			try {
				HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
				long took = System.nanoTime() - t0;
				if (response.statusCode() == 201) {
					accepted.incrementAndGet();
					long slot = recorded.getAndIncrement();
					if (slot < latencies.length) {
						latencies[(int) slot] = took;
					}
					if (ids != null) {
						Matcher m = ID.matcher(response.body());
						if (m.find()) {
							synchronized (ids) {
								ids.println(m.group(1));
								ids.flush();
							}
						}
					}
				}
				else {
					failures.computeIfAbsent("HTTP " + response.statusCode(), k -> new AtomicLong()).incrementAndGet();
				}
			}
			catch (IOException ex) {
				failures.computeIfAbsent("connection: " + ex.getClass().getSimpleName(), k -> new AtomicLong())
					.incrementAndGet();
				pause(50); // the server is away (the crash test kills it): do not spin
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		};

		try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
			if (rate > 0) {
				long interval = (long) (1e9 / rate);
				for (long next = start; next < end; next += interval) {
					long wait = next - System.nanoTime();
					if (wait > 0) {
						java.util.concurrent.locks.LockSupport.parkNanos(wait);
					}
					workers.submit(one);
				}
			}
			else {
				List<java.util.concurrent.Future<?>> loops = new ArrayList<>();
				for (int w = 0; w < concurrency; w++) {
					loops.add(workers.submit(() -> {
						while (System.nanoTime() < end) {
							one.run();
						}
					}));
				}
			}
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		if (ids != null) {
			ids.close();
		}
		int n = (int) Math.min(recorded.get(), latencies.length);
		long[] sorted = Arrays.copyOf(latencies, n);
		Arrays.sort(sorted);
		System.out.printf("accepted=%d seconds=%.1f accepted_per_s=%.0f p50_ms=%.1f p99_ms=%.1f failures=%s%n",
				accepted.get(), elapsed, accepted.get() / elapsed, percentile(sorted, 0.50), percentile(sorted, 0.99),
				failures.isEmpty() ? "none" : failures.toString());
	}

	private static String answers() {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		return "\"ACCESS\":" + (1 + r.nextInt(5)) + ",\"PROCEDURE\":" + (1 + r.nextInt(5)) + ",\"OFFICER\":"
				+ (1 + r.nextInt(5)) + ",\"RESULT\":" + (1 + r.nextInt(5)) + ",\"FEEDBACK_HANDLING\":"
				+ (1 + r.nextInt(5));
	}

	private static double percentile(long[] sorted, double p) {
		return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)] / 1e6;
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
