package vn.congvu.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * Group commit: writes queued by many requests are taken in batches by a few writer threads, each batch in one
 * transaction ({@link #write}), so the database flushes its log once per batch rather than once per request. The
 * requests wait on their own futures, which {@link #write} completes after the commit. On shutdown the writers drain
 * what is queued before they end.
 *
 * @param <T> a queued write with the future its request waits on
 */
public abstract class GroupCommit<T> implements SmartLifecycle {

	private final String name;
	private final int maxBatch;
	private final int writers;
	private final boolean daemon;
	private final BlockingQueue<T> queue;
	private final List<Thread> threads = new ArrayList<>();
	private volatile boolean running;

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
		return running && queue.offer(item);
	}

	private void loop() {
		List<T> batch = new ArrayList<>(maxBatch);
		while (running || !queue.isEmpty()) {
			try {
				T first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, maxBatch - 1);
				write(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			finally {
				batch.clear();
			}
		}
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
