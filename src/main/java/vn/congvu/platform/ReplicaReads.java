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
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads on a streaming replica ({@code CONGVU_DB_READ_URL}): read-only transactions (public pages, rankings,
 * dashboards, exports: every {@code @Transactional(readOnly = true)}) take their connection from the replica, every
 * other from the primary. Three exceptions send a read to the primary: the replica cannot be reached (it is then left
 * alone for {@link #RETRY_AFTER_NANOS}, and reads go on, only slower to nobody), the request itself writes, and the
 * few seconds after a person's own write ({@link ReadYourWrites}), so that the page after a post shows what was
 * posted even when the replica lags.
 */
final class ReplicaReads extends DelegatingDataSource {

	private static final Logger log = LoggerFactory.getLogger(ReplicaReads.class);
	private static final long RETRY_AFTER_NANOS = 30_000_000_000L;
	private static final ThreadLocal<Boolean> PRIMARY_ONLY = new ThreadLocal<>();

	private final DataSource primary;
	private volatile long replicaDownSince = Long.MIN_VALUE;

	private ReplicaReads(DataSource replica, DataSource primary) {
		super(replica);
		this.primary = primary;
	}

	/** The application's data source: writes to {@code primary}, read-only transactions to {@code replica}. */
	static DataSource routing(DataSource primary, DataSource replica) {
		Routing routing = new Routing(primary, replica);
		routing.setReadOnlyDataSource(new ReplicaReads(replica, primary));
		return routing;
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (Boolean.TRUE.equals(PRIMARY_ONLY.get())
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

	/** The lazy proxy that picks the pool once it knows whether the transaction is read-only; closes both pools. */
	private static final class Routing extends LazyConnectionDataSourceProxy implements Closeable {

		private final DataSource replica;

		Routing(DataSource primary, DataSource replica) {
			super(primary);
			this.replica = replica;
		}

		@Override
		public void close() throws IOException {
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
			boolean writes = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
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
