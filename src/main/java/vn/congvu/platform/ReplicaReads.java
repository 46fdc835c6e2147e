package vn.congvu.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads on a streaming replica ({@code CONGVU_DB_READ_URL}): read-only transactions (public pages, rankings,
 * dashboards, exports: every {@code @Transactional(readOnly = true)}) take their connection from the replica, every
 * other from the primary. Three exceptions send a read to the primary: the replica cannot be reached (it is then left
 * alone for {@link #RETRY_AFTER_NANOS}, and reads go on, only slower to nobody), the replica lags more than
 * {@code CONGVU_DB_READ_MAX_LAG_SECONDS} behind the primary (asked every two seconds: the age of the last transaction
 * it replayed while it has received more than it replayed), the request itself writes, and the few seconds after a
 * person's own write ({@link ReadYourWrites}), so that the page after a post shows what was posted.
 */
final class ReplicaReads extends DelegatingDataSource {

	private static final Logger log = LoggerFactory.getLogger(ReplicaReads.class);
	private static final long RETRY_AFTER_NANOS = 30_000_000_000L;
	private static final ThreadLocal<Boolean> PRIMARY_ONLY = new ThreadLocal<>();

	private final DataSource primary;
	private final double maxLagSeconds;
	private volatile long replicaDownSince = Long.MIN_VALUE;
	private volatile boolean lagging;

	private ReplicaReads(DataSource replica, DataSource primary, double maxLagSeconds) {
		super(replica);
		this.primary = primary;
		this.maxLagSeconds = maxLagSeconds;
	}

	/**
	 * The application's data source: writes to {@code primary}, read-only transactions to {@code replica} while it is
	 * at most {@code maxLagSeconds} behind.
	 */
	static DataSource routing(DataSource primary, DataSource replica, double maxLagSeconds) {
		ReplicaReads reads = new ReplicaReads(replica, primary, maxLagSeconds);
		Routing routing = new Routing(primary, replica, reads);
		routing.setReadOnlyDataSource(reads);
		return routing;
	}

	/** Asks the replica how far behind it is; a replica that cannot answer is left to {@link #getConnection}. */
	private void checkLag() {
		if (replicaDownSince != Long.MIN_VALUE) {
			return;
		}
		try (Connection db = super.getConnection(); var sql = db.createStatement(); var rs = sql.executeQuery(LAG)) {
			rs.next();
			double lag = rs.getDouble(1);
			boolean behind = lag > maxLagSeconds;
			if (behind != lagging) {
				log.warn(behind ? "The read replica is {} s behind: reads go to the primary until it catches up"
						: "The read replica has caught up (lag {} s): reads go to it again", lag);
			}
			lagging = behind;
		}
		catch (SQLException | RuntimeException ex) {
			log.debug("Could not ask the replica its lag: {}", ex.getMessage());
		}
	}

	/** Seconds behind: none when it has replayed all it received, else the age of the last transaction replayed. */
	private static final String LAG = "select case when pg_last_wal_receive_lsn() is null"
			+ " or pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0"
			+ " else extract(epoch from now() - pg_last_xact_replay_timestamp()) end";

	@Override
	public Connection getConnection() throws SQLException {
		if (Boolean.TRUE.equals(PRIMARY_ONLY.get()) || lagging
				|| replicaDownSince != Long.MIN_VALUE && System.nanoTime() - replicaDownSince < RETRY_AFTER_NANOS) {
			return primary.getConnection();
		}
		try {
			Connection connection = super.getConnection();
			replicaDownSince = Long.MIN_VALUE;
			return connection;
		}
		catch (SQLException ex) {
			if (replicaDownSince == Long.MIN_VALUE) {
				log.warn("The read replica cannot be reached; reads go to the primary for now: {}", ex.getMessage());
			}
			replicaDownSince = System.nanoTime();
			return primary.getConnection();
		}
	}

	/** Runs {@code work} with every read on the primary (the request writes, or its person wrote a moment ago). */
	static void onPrimary(ServletWork work) throws IOException, ServletException {
		Boolean before = PRIMARY_ONLY.get();
		PRIMARY_ONLY.set(true);
		try {
			work.run();
		}
		finally {
			PRIMARY_ONLY.set(before);
		}
	}

	@FunctionalInterface
	interface ServletWork {

		void run() throws IOException, ServletException;
	}

	/**
	 * The lazy proxy that picks the pool once it knows whether the transaction is read-only; asks the replica its lag
	 * every two seconds; closes both pools.
	 */
	private static final class Routing extends LazyConnectionDataSourceProxy implements Closeable {

		private final DataSource replica;
		private final ScheduledExecutorService lagCheck = Executors.newSingleThreadScheduledExecutor(
				Thread.ofPlatform().name("replica-lag").daemon().factory());

		Routing(DataSource primary, DataSource replica, ReplicaReads reads) {
			super(primary);
			this.replica = replica;
			lagCheck.scheduleWithFixedDelay(reads::checkLag, 2, 2, TimeUnit.SECONDS);
		}

		@Override
		public void close() throws IOException {
			lagCheck.shutdownNow();
			try {
				if (replica instanceof Closeable closeable) {
					closeable.close();
				}
			}
			finally {
				if (getTargetDataSource() instanceof Closeable closeable) {
					closeable.close();
				}
			}
		}
	}

	/**
	 * Read-your-writes: a request that writes (any method but GET and HEAD) reads on the primary, and leaves a cookie
	 * that keeps its person's reads there for {@link #SECONDS} seconds (the replica's usual lag, with room to spare).
	 * Registered only when a replica is configured; the JSON API, which keeps no cookies, is left as it is.
	 */
	static final class ReadYourWrites extends OncePerRequestFilter {

		static final String COOKIE = "CONGVU-PRIMARY";
		static final int SECONDS = 10;

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			boolean writes = !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod());
			boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
			if (writes && !api) {
				Cookie cookie = new Cookie(COOKIE, "1");
				cookie.setMaxAge(SECONDS);
				cookie.setPath("/");
				cookie.setHttpOnly(true);
				cookie.setAttribute("SameSite", "Lax");
				response.addCookie(cookie);
			}
			if (writes || wroteRecently(request)) {
				onPrimary(() -> chain.doFilter(request, response));
			}
			else {
				chain.doFilter(request, response);
			}
		}

		private static boolean wroteRecently(HttpServletRequest request) {
			Cookie[] cookies = request.getCookies();
			if (cookies != null) {
				for (Cookie cookie : cookies) {
					if (COOKIE.equals(cookie.getName())) {
						return true;
					}
				}
			}
			return false;
		}
	}
}
