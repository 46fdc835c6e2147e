package vn.congvu.portal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.StampedLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congvu.shared.VietnameseDates;

/**
 * Lượt xem: exact view counts that never slow a page. A view adds one to a counter in memory; about once a second
 * the node adds its counters to the article's row for the day in one transaction, and reads back the totals, which
 * other nodes' views have moved too. Every view is counted once, by whichever node served it. A page shows the
 * stored total plus what this node has not yet stored, so a reader always sees their own view. On shutdown the node
 * stores what it holds; a crash loses at most the last second's views of that node. Measured: the views stored
 * ({@code congvu_article_views_flushed_total}) and those this node holds, not yet stored
 * ({@code congvu_article_views_pending}).
 */
@Component
public class ArticleViews implements SmartLifecycle, MeterBinder {

	private static final Logger log = LoggerFactory.getLogger(ArticleViews.class);

	private static final int MAX_KNOWN = 20_000;

	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final long flushMillis;
	private final Map<Long, AtomicLong> pending = new ConcurrentHashMap<>();
	private final Map<Long, Long> inFlight = new ConcurrentHashMap<>(); // changed under the write lock only
	private final Map<Long, Long> stored = new ConcurrentHashMap<>();
	private final StampedLock lock = new StampedLock();
	private final Object flushing = new Object();
	private ScheduledExecutorService flusher;
	private volatile boolean running;
	private volatile @Nullable Counter flushed;

	ArticleViews(JdbcClient jdbc, TransactionTemplate transaction, Clock clock,
			@Value("${congvu.portal.view-flush-millis:1000}") long flushMillis) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.flushMillis = flushMillis;
	}

	/** Counts one view of an article. */
	public void count(long articleId) {
		pending.computeIfAbsent(articleId, id -> new AtomicLong()).incrementAndGet();
	}

	/** The article's views: what is stored (as of this node's last flush) plus what this node holds. */
	public long views(long articleId) {
		if (!stored.containsKey(articleId)) {
			synchronized (flushing) { // not while a flush has stored counts it still holds as in flight
				load(articleId);
			}
		}
		long stamp = lock.tryOptimisticRead();
		long total = read(articleId);
		if (!lock.validate(stamp)) {
			stamp = lock.readLock();
			try {
				total = read(articleId);
			}
			finally {
				lock.unlockRead(stamp);
			}
		}
		return total;
	}

	private void load(long articleId) {
		if (stored.containsKey(articleId)) {
			return;
		}
		long total = jdbc.sql("select coalesce(sum(views), 0) from portal.article_view_day where article_id = :a")
			.param("a", articleId).query(Long.class).single();
		if (stored.size() > MAX_KNOWN) {
			stored.clear();
		}
		stored.put(articleId, total);
	}

	private long read(long articleId) {
		AtomicLong held = pending.get(articleId);
		Long flying = inFlight.get(articleId);
		return stored.getOrDefault(articleId, 0L) + (flying == null ? 0 : flying) + (held == null ? 0 : held.get());
	}

	/**
	 * Stores this node's counts and reads back the totals of the articles it knows. Counts that could not be stored
	 * (the database away) are kept and stored with the next flush.
	 */
	public void flush() {
		synchronized (flushing) {
			long stamp = lock.writeLock();
			try {
				pending.forEach((id, counter) -> {
					long n = counter.getAndSet(0);
					if (n > 0) {
						inFlight.merge(id, n, Long::sum);
					}
				});
			}
			finally {
				lock.unlockWrite(stamp);
			}
			Map<Long, Long> toStore = new HashMap<>(inFlight);
			List<Long> known = new ArrayList<>(stored.keySet());
			toStore.keySet().stream().filter(id -> !stored.containsKey(id)).forEach(known::add);
			if (toStore.isEmpty() && known.isEmpty()) {
				return;
			}
			Map<Long, Long> totals = new HashMap<>();
			try {
				transaction.executeWithoutResult(status -> {
					if (!toStore.isEmpty()) {
						LocalDate day = LocalDate.now(clock.withZone(VietnameseDates.VIETNAM));
						jdbc.sql("""
								insert into portal.article_view_day (article_id, day, views)
								select a, :day, n from unnest(:ids, :counts) as t(a, n)
								on conflict (article_id, day) do update set views = article_view_day.views + excluded.views""")
							.param("day", day).param("ids", toStore.keySet().toArray(Long[]::new))
							.param("counts", toStore.values().toArray(Long[]::new)).update();
					}
					jdbc.sql("""
							select article_id, sum(views) as total from portal.article_view_day
							where article_id = any(:ids) group by article_id""")
						.param("ids", known.toArray(Long[]::new))
						.query((rs, n) -> totals.put(rs.getLong("article_id"), rs.getLong("total"))).list();
				});
			}
			catch (RuntimeException ex) {
				log.warn("Views not stored yet, kept for the next flush: {}", ex.getMessage());
				return;
			}
			Counter flushedViews = flushed;
			if (flushedViews != null) {
				flushedViews.increment(toStore.values().stream().mapToLong(Long::longValue).sum());
			}
			stamp = lock.writeLock();
			try {
				known.forEach(id -> stored.put(id, totals.getOrDefault(id, 0L)));
				toStore.forEach((id, n) -> inFlight.merge(id, -n, (a, b) -> a + b == 0 ? null : a + b));
			}
			finally {
				lock.unlockWrite(stamp);
			}
		}
	}

	/** Views this node counted and has not stored yet. */
	long pendingViews() {
		long held = pending.values().stream().mapToLong(AtomicLong::get).sum();
		return held + inFlight.values().stream().mapToLong(Long::longValue).sum();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		flushed = Counter.builder("congvu.article.views.flushed").description("Article views stored in the database")
			.register(registry);
		Gauge.builder("congvu.article.views.pending", this, ArticleViews::pendingViews)
			.description("Article views counted by this node and not stored yet").register(registry);
	}

	@Override
	public void start() {
		flusher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("article-views").daemon()
			.factory());
		flusher.scheduleWithFixedDelay(this::flushQuietly, flushMillis, flushMillis, TimeUnit.MILLISECONDS);
		running = true;
	}

	private void flushQuietly() {
		try {
			flush();
		}
		catch (RuntimeException ex) {
			log.warn("Flushing views failed: {}", ex.getMessage());
		}
	}

	@Override
	public void stop() {
		running = false;
		if (flusher != null) {
			flusher.shutdown();
			try {
				flusher.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		flushQuietly();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stops before the database pool closes, so that the last views are stored. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1000;
	}
}
