package vn.congvu.platform;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;

/**
 * Group commit: writes queued by many requests are taken in batches by a few writer threads, each batch in one
 * transaction ({@link #write}), so the database flushes its log once per batch rather than once per request. The
 * requests wait on their own futures, which {@link #write} completes after the commit. On shutdown the writers drain
 * what is queued before they end. Measured (as a {@link MeterBinder}, bound by the metrics registry): the size of
 * each batch, how long each item waited from its request's offer to its batch's commit, and what is queued now, all
 * tagged with the writer's name.
 *
 * @param <T> a queued write with the future its request waits on
 */
public abstract class GroupCommit<T> implements SmartLifecycle, MeterBinder {

	private final String name;
	private final int maxBatch;
	private final int writers;
	private final boolean daemon;
	private final BlockingQueue<Queued<T>> queue;
	private final List<Thread> threads = new ArrayList<>();
	private volatile boolean running;
	private volatile @Nullable DistributionSummary batchSizes;
	private volatile @Nullable Timer waits;

	/** An item with the moment it was offered. */
	private record Queued<T>(T item, long offeredNanos) {
	}

	protected GroupCommit(String name, int capacity, int maxBatch, int writers, boolean daemon) {
		this.name = name;
		this.maxBatch = maxBatch;
		this.writers = writers;
		this.daemon = daemon;
		this.queue = new ArrayBlockingQueue<>(capacity);
	}

	/** Writes one batch in one transaction and completes each item's future. Must not throw. */
	protected abstract void write(List<T> batch);

	/** Queues an item; false when the writers are stopped or the queue is full (the caller answers 503). */
	protected boolean offer(T item) {
		return running && queue.offer(new Queued<>(item, System.nanoTime()));
	}

	private void loop() {
		List<Queued<T>> queued = new ArrayList<>(maxBatch);
		List<T> batch = new ArrayList<>(maxBatch);
		while (running || !queue.isEmpty()) {
			try {
				Queued<T> first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				queued.add(first);
				queue.drainTo(queued, maxBatch - 1);
				for (Queued<T> each : queued) {
					batch.add(each.item());
				}
				write(batch);
				measure(queued);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			finally {
				queued.clear();
				batch.clear();
			}
		}
	}

	private void measure(List<Queued<T>> written) {
		DistributionSummary sizes = batchSizes;
		Timer waited = waits;
		if (sizes == null || waited == null) {
			return;
		}
		sizes.record(written.size());
		long now = System.nanoTime();
		for (Queued<T> each : written) {
			waited.record(now - each.offeredNanos(), TimeUnit.NANOSECONDS);
		}
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		batchSizes = DistributionSummary.builder("congvu.group.commit.batch.size")
			.description("Items written in one transaction by a group-commit writer").tag("writer", name)
			.publishPercentiles(0.5, 0.99).register(registry);
		waits = Timer.builder("congvu.group.commit.wait")
			.description("From a request's offer to the commit of the batch that holds it").tag("writer", name)
			.publishPercentiles(0.5, 0.99).register(registry);
		Gauge.builder("congvu.group.commit.queued", queue, BlockingQueue::size)
			.description("Items waiting for a group-commit writer").tag("writer", name).register(registry);
	}

	@Override
	public void start() {
		running = true;
		for (int i = 1; i <= writers; i++) {
			threads.add(Thread.ofPlatform().name(name + "-" + i).daemon(daemon).start(this::loop));
		}
	}

	@Override
	public void stop() {
		running = false; // each loop drains what is queued, then ends
		for (Thread thread : threads) {
			try {
				thread.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		threads.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
